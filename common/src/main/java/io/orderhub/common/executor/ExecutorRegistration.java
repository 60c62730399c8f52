package io.orderhub.common.executor;

import com.xxl.job.core.constant.Const;
import com.xxl.job.core.constant.RegistType;
import com.xxl.job.core.openapi.AdminBiz;
import com.xxl.job.core.openapi.model.RegistryRequest;
import com.xxl.tool.http.HttpTool;
import com.xxl.tool.response.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the executor registered with its admin: a registry beat every {@value Const#BEAT_TIMEOUT} s (the admin
 * drops an executor after three missed beats), trying the admins in order until one accepts, as xxl-job-core does.
 * It replaces xxl-job-core's {@code ExecutorRegistryThread}, which reports a refused registration at INFO and a
 * successful one at DEBUG: with our WARN logging an unknown token or a wrong admin URL left the executor silent.
 * The outcome of the last beat is kept ({@link #state()}) for the health endpoint.
 *
 * <p>Here a refusal is a WARN line naming the admin and its reason (the admin's {@code msg}, e.g. "The access token
 * is wrong.", or the connection failure), repeated with back-off while it lasts: at the 1st, 2nd, 4th, 8th, …
 * failure in a row, then every {@value #WARN_EVERY_AT_MOST}th. Being accepted is one INFO line, again after a
 * refusal. The token is never logged.
 */
final class ExecutorRegistration {

    private static final Logger log = LoggerFactory.getLogger(ExecutorRegistration.class);
    static final int WARN_EVERY_AT_MOST = 64;

    /** One admin: its URL as configured (for the log) and xxl-job-core's client for it. */
    record Admin(String url, AdminBiz client) {
    }

    private final String appName;
    private final String address;
    private final List<Admin> admins;
    private final int[] failuresInARow;
    private final boolean[] registered;
    private final Clock clock;
    private volatile boolean stopping;
    private volatile RegistrationState state;
    private Thread thread;

    ExecutorRegistration(String appName, String address, List<Admin> admins, Clock clock) {
        this.appName = appName;
        this.address = address;
        this.admins = List.copyOf(admins);
        this.clock = clock;
        this.state = admins.isEmpty() ? RegistrationState.noAdmin() : RegistrationState.notYet();
        this.failuresInARow = new int[admins.size()];
        this.registered = new boolean[admins.size()];
    }

    /**
     * One client per admin in the comma-separated {@code adminAddresses}, built as xxl-job-core builds its own
     * (its {@code /api} endpoint, the token header, 3 s timeout). Not xxl-job-core's static client list: that list
     * only grows, so it cannot be paired with the URLs when an executor is started twice in one JVM.
     */
    static ExecutorRegistration ofExecutor(String appName, String address, String adminAddresses, String accessToken) {
        List<Admin> admins = new ArrayList<>();
        for (String url : adminAddresses == null ? new String[0] : adminAddresses.trim().split(",")) {
            if (url.isBlank()) {
                continue;
            }
            String admin = url.trim();
            AdminBiz client = HttpTool.createClient()
                    .url(admin.endsWith("/") ? admin + "api" : admin + "/api")
                    .timeout((int) TimeUnit.SECONDS.toMillis(3))
                    .header(Const.XXL_JOB_ACCESS_TOKEN, accessToken)
                    .proxy(AdminBiz.class);
            admins.add(new Admin(admin, client));
        }
        return new ExecutorRegistration(appName, address, admins, Clock.systemUTC());
    }

    /** The outcome of the last finished beat. */
    RegistrationState state() {
        return state;
    }

    void start() {
        if (admins.isEmpty()) {
            log.warn("{} at {}: no admin to register with (oms.xxl.admin-addresses is empty); jobs can only be"
                    + " triggered by an admin that lists this address by hand", appName, address);
            return;
        }
        thread = new Thread(this::beatUntilStopped, "oms-executor-registration");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the beats and tells the admins to drop this executor now instead of after three missed beats. */
    void stop() {
        stopping = true;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(Const.BEAT_TIMEOUT));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RegistryRequest request = request();
        for (Admin admin : admins) {
            try {
                if (Response.isSuccess(admin.client().registryRemove(request))) {
                    return;
                }
            } catch (RuntimeException e) {
                // shutting down: the admin drops us after three missed beats anyway
            }
        }
    }

    private void beatUntilStopped() {
        while (!stopping) {
            beat();
            try {
                TimeUnit.SECONDS.sleep(Const.BEAT_TIMEOUT);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One registry beat: the admins in order until one accepts. */
    void beat() {
        RegistryRequest request = request();
        RegistrationState outcome = null;
        for (int i = 0; i < admins.size() && !stopping; i++) {
            String refusal = register(admins.get(i), request);
            if (refusal == null) {
                if (!registered[i]) {
                    log.info("registered {} at {} with admin {}", appName, address, admins.get(i).url());
                }
                registered[i] = true;
                failuresInARow[i] = 0;
                state = new RegistrationState(RegistrationState.Outcome.REGISTERED, withoutUserInfo(admins.get(i).url()),
                        null, 0, Instant.now(clock));
                return;
            }
            registered[i] = false;
            failuresInARow[i]++;
            if (outcome == null) {
                // All refused: the first admin's reason stands for the beat (it is the one tried first next time).
                outcome = new RegistrationState(RegistrationState.Outcome.REFUSED, withoutUserInfo(admins.get(i).url()),
                        refusal, failuresInARow[i], Instant.now(clock));
            }
            if (warns(failuresInARow[i])) {
                log.warn("registering {} at {} with admin {} failed ({} time(s) in a row): {}; retrying every {} s",
                        appName, address, admins.get(i).url(), failuresInARow[i], refusal, Const.BEAT_TIMEOUT);
            }
        }
        if (outcome != null) {
            state = outcome;
        }
    }

    /** {@code http://user:pass@admin/…} → {@code http://admin/…}: the health endpoint shows no credentials. */
    static String withoutUserInfo(String url) {
        return url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1");
    }

    /** Whether the {@code failures}th refusal in a row is logged: 1, 2, 4, 8, 16, 32, 64, then every 64th. */
    static boolean warns(int failures) {
        return failures > 0 && (failures <= WARN_EVERY_AT_MOST ? Integer.bitCount(failures) == 1
                : failures % WARN_EVERY_AT_MOST == 0);
    }

    /** {@code null} when accepted, else the reason in the admin's words or the failure's. */
    private static String register(Admin admin, RegistryRequest request) {
        try {
            Response<String> response = admin.client().registry(request);
            if (response == null) {
                return "no answer the executor could read (is it the admin's URL, ending in /xxl-job-admin?)";
            }
            return response.isSuccess() ? null : "admin answered code " + response.getCode() + ": " + response.getMsg();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
    }

    private RegistryRequest request() {
        return new RegistryRequest(RegistType.EXECUTOR.name(), appName, address);
    }
}
