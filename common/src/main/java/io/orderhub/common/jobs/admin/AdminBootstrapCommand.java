package io.orderhub.common.jobs.admin;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.jobs.JobCatalogue;
import io.orderhub.common.jobs.JobSpec;
import io.orderhub.common.secret.MissingSecretException;
import io.orderhub.common.secret.SecretResolver;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar <any executor jar> --oms.admin-bootstrap --admin-url=… --username=… --password=env:NAME …}:
 * creates or updates the executor groups and jobs of {@link JobCatalogue} in an XXL-JOB admin (see
 * {@link AdminBootstrap} for what counts as an operator's edit). Runs without Spring, a database or the executor.
 * Exit code: 0 done (edited jobs left alone are listed), 1 the admin refused or could not be reached, 2 bad options.
 */
public final class AdminBootstrapCommand {

    private final Environment environment;
    private final HttpClientFactory clients;
    private final PrintStream out;

    public AdminBootstrapCommand(Environment environment, HttpClientFactory clients, PrintStream out) {
        this.environment = environment;
        this.clients = clients;
        this.out = out;
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(BootstrapOptions.COMMAND);
    }

    public int run(String[] args) {
        BootstrapOptions options;
        String password;
        try {
            options = BootstrapOptions.parse(Arrays.asList(args));
            password = new SecretResolver(environment).resolve(options.passwordReference(), "--password");
        } catch (IllegalArgumentException | MissingSecretException e) {
            out.println("admin bootstrap: " + e.getMessage());
            return 2;
        }
        List<JobSpec> jobs = JobCatalogue.jobs().stream().map(j -> j.withAlarmEmail(options.alarmEmail())).toList();
        XxlJobAdminClient admin = new XxlJobAdminClient(options.adminUrl(), clients);
        try {
            admin.login(options.userName(), password);
            out.println("admin bootstrap: " + options.adminUrl() + " as " + options.userName()
                    + (options.dryRun() ? " (dry run: nothing is written)" : ""));
            List<PlannedChange> changes = new AdminBootstrap(admin).run(JobCatalogue.groups(), jobs,
                    !options.dryRun(), options.force(), options.startCreated());
            changes.forEach(out::println);
            out.println(summary(changes, options));
            return 0;
        } catch (AdminApiException e) {
            out.println("admin bootstrap FAILED: " + e.getMessage());
            return 1;
        }
    }

    private static String summary(List<PlannedChange> changes, BootstrapOptions options) {
        Map<PlannedChange.Kind, Long> counts = changes.stream()
                .collect(Collectors.groupingBy(PlannedChange::kind, Collectors.counting()));
        Function<PlannedChange.Kind, Long> count = kind -> counts.getOrDefault(kind, 0L);
        return (options.dryRun() ? "would create " : "created ") + count.apply(PlannedChange.Kind.CREATE_GROUP)
                + " groups and " + count.apply(PlannedChange.Kind.CREATE_JOB) + " jobs"
                + (options.startCreated() || count.apply(PlannedChange.Kind.CREATE_JOB) == 0 ? ""
                        : " (stopped: start the scheduled ones once the executors show in their groups, or use --start)")
                + ", " + (options.dryRun() ? "would update " : "updated ") + count.apply(PlannedChange.Kind.UPDATE_JOB)
                + ", unchanged " + count.apply(PlannedChange.Kind.UNCHANGED)
                + ", left as edited " + count.apply(PlannedChange.Kind.LEAVE_EDITED);
    }
}
