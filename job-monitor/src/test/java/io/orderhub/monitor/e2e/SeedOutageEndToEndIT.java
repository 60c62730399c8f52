package io.orderhub.monitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.common.testing.JarProcess;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.monitor.JobMonitorApplication;
import io.orderhub.monitor.alert.AlertDispatchRequest;
import io.orderhub.monitor.alert.AlertJobs;
import io.orderhub.monitor.watch.FailureSpikeWatch;
import io.orderhub.monitor.watch.FiringAlerts;
import io.orderhub.monitor.watch.WatchProperties;
import io.orderhub.monitor.watch.WatchRequest;
import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.push.PushSettings;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seed's outage, end to end across the real pieces: the platform (channel sandbox) signs its pushes with
 * HMAC-SHA256 from instant T while the shop is configured for MD5; the real job-sync executor (its packaged jar,
 * run as a process) stores every push and holds it; this monitor's {@code failureSpikeWatch} and
 * {@code alertDispatch}, run once a simulated minute as the admin would schedule them, must get one DingTalk message
 * and one e-mail out naming the channel, the shop and the reason within 5 minutes; after the configuration fix and
 * {@code inboxReplay} (the executor jar in run-once mode) the alert resolves.
 */
@SpringBootTest(classes = {JobMonitorApplication.class, SeedOutageEndToEndIT.Config.class})
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class SeedOutageEndToEndIT {

    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");
    static final Instant T = Instant.now();
    static final MockWebServer DINGTALK = new MockWebServer();
    static final List<String> DING_BODIES = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void alerting(DynamicPropertyRegistry registry) throws IOException {
        DINGTALK.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                DING_BODIES.add(request.getBody().utf8());
                return new MockResponse.Builder().body("{\"errcode\":0,\"errmsg\":\"ok\"}").build();
            }
        });
        DINGTALK.start();
        registry.add("E2E_DING_URL", () -> DINGTALK.url("/robot/send?access_token=e2e-robot-token").toString());
        registry.add("E2E_DING_SECRET", () -> "SEC-e2e-signing-secret");
        registry.add("oms.alert.default-receiver", () -> "ops-mail");
        registry.add("oms.alert.group-wait", () -> "30s");
        registry.add("oms.alert.group-interval", () -> "1m");
        registry.add("oms.alert.group-by[0]", () -> "channel");
        registry.add("oms.alert.email-from", () -> "oms-alerts@example.com");
        registry.add("oms.alert.receivers.ops-ding.type", () -> "dingtalk");
        registry.add("oms.alert.receivers.ops-ding.url", () -> "env:E2E_DING_URL");
        registry.add("oms.alert.receivers.ops-ding.secret", () -> "env:E2E_DING_SECRET");
        registry.add("oms.alert.receivers.ops-mail.type", () -> "email");
        registry.add("oms.alert.receivers.ops-mail.to[0]", () -> "ops@example.com");
        registry.add("oms.alert.routes[0].receiver", () -> "ops-ding");
        registry.add("oms.alert.routes[0].matchers[0]", () -> "severity=critical");
        registry.add("oms.alert.routes[0].continue", () -> "true");
        registry.add("oms.alert.routes[1].receiver", () -> "ops-mail");
        registry.add("oms.alert.routes[1].matchers[0]", () -> "severity=critical");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
    }

    @TestConfiguration
    static class Config {
        @Bean
        MutableClock clock() {
            return new MutableClock(T, GMT8);
        }
    }

    @AfterAll
    static void stop() {
        DINGTALK.close();
    }

    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AlertSink sink;
    @Autowired
    AlertJobs alerts;
    @Autowired
    WatchProperties watchProperties;
    @Autowired
    Environment environment;

    final List<String> log = new ArrayList<>();

    @Test
    void theSignatureSwitchIsAlertedByDingTalkAndMailWithinFiveMinutesAndResolvesAfterTheFixAndReplay()
            throws Exception {
        int http = freePort();
        try (ChannelSandbox sandbox = ChannelSandbox.builder().seed(31).shopsPerChannel(1).ordersPerShop(150)
                .span(Duration.ofHours(3)).unlimitedRateLimits()
                .callbackSignatureSwitchAt(T)
                .push(PushSettings.defaults().withCallbackBaseUrl("http://127.0.0.1:" + http + "/").withRate(0, 4))
                .build().start()) {
            ShopCredentials shop = sandbox.shops(Channel.TAOBAO).get(0);
            LocalDateTime registered = LocalDateTime.now(clock);
            jdbc.update("INSERT INTO channel_shop (channel, shop_id, display_name, app_key, app_secret_ref, "
                    + "access_token_ref, created_at, updated_at) VALUES ('TAOBAO', ?, 'e2e shop', ?, "
                    + "'env:E2E_TB_SECRET', 'env:E2E_TB_TOKEN', ?, ?)", shop.shopId(), shop.appKey(), registered,
                    registered);
            Map<String, String> secrets = Map.of("E2E_TB_SECRET", shop.appSecret(), "E2E_TB_TOKEN", shop.accessToken());

            Process executor = start(secrets, "--server.port=" + http, "--oms.xxl.port=" + freePort(),
                    "--management.server.port=0");
            try {
                awaitHttp(http);
                sandbox.startPush(sandbox.now().minus(Duration.ofDays(1)));
                sandbox.awaitPushesDelivered(Duration.ofMinutes(2));
            } finally {
                executor.destroy();
                executor.waitFor();
            }
            long held = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE state = 'HELD' "
                    + "AND reason = 'SIGNATURE_MISMATCH' AND shop_id = ?", Long.class, shop.shopId());
            assertThat(held).isGreaterThan(150);

            FailureSpikeWatch watch = new FailureSpikeWatch(jdbc, new FiringAlerts(jdbc, sink, clock), watchProperties, clock);
            int detectedAfterMinutes = 0;
            for (int minute = 1; minute <= 10 && (DING_BODIES.isEmpty() || SMTP.getReceivedMessages().length == 0); minute++) {
                clock.set(T.plus(Duration.ofMinutes(minute)));
                watch.run(new WatchRequest(List.of()), context());
                alerts.dispatch(new AlertDispatchRequest(), context());
                detectedAfterMinutes = minute;
            }
            System.out.println("seed outage detection delay: " + detectedAfterMinutes + " simulated minute(s) after the switch");
            assertThat(detectedAfterMinutes).isLessThanOrEqualTo(5);
            assertThat(DING_BODIES).as("one message for the channel's group").hasSize(1);
            assertThat(DING_BODIES.get(0)).containsIgnoringCase("taobao").contains(shop.shopId()).contains("signature")
                    .doesNotContain("e2e-robot-token", "SEC-e2e-signing-secret");
            // The critical route sends the signature alert; the root route mails the channel's warnings separately.
            List<String> signatureMails = java.util.Arrays.stream(SMTP.getReceivedMessages()).map(GreenMailUtil::getBody)
                    .filter(body -> body.contains("signature")).toList();
            assertThat(signatureMails).hasSize(1);
            assertThat(signatureMails.get(0)).containsIgnoringCase("taobao").contains(shop.shopId());

            jdbc.update("UPDATE channel_shop SET callback_sign_method = 'hmac-sha256' WHERE shop_id = ?", shop.shopId());
            Process replay = start(secrets, "--oms.run-once=inboxReplay",
                    "--oms.run-param={\"reasons\":[\"SIGNATURE_MISMATCH\"]}");
            String replayOutput = new String(replay.getInputStream().readAllBytes());
            assertThat(replay.waitFor()).as(replayOutput).isZero();
            assertThat(replayOutput).contains("reverified=" + held);

            int resolvedAfterMinutes = 0;
            for (int minute = detectedAfterMinutes + 1; minute <= detectedAfterMinutes + 15
                    && DING_BODIES.stream().noneMatch(b -> b.contains("RESOLVED") || b.contains("Resolved")
                    || b.contains("resolved")); minute++) {
                clock.set(T.plus(Duration.ofMinutes(minute)));
                watch.run(new WatchRequest(List.of()), context());
                alerts.dispatch(new AlertDispatchRequest(), context());
                resolvedAfterMinutes = minute;
            }
            System.out.println("resolved notice at simulated minute " + resolvedAfterMinutes);
            assertThat(DING_BODIES.get(DING_BODIES.size() - 1)).containsIgnoringCase("resolved").contains(shop.shopId());
        }
    }

    private JobContext context() {
        return new JobContext(io.orderhub.common.job.Shard.SOLE, (pattern, args) ->
                log.add(org.slf4j.helpers.MessageFormatter.arrayFormat(pattern, args).getMessage()));
    }

    /** The job-sync executor jar as a process on this test's database (same schema), HTTP on loopback. */
    private Process start(Map<String, String> env, String... args) throws IOException {
        String jar = System.getProperty("oms.job-sync-jar");
        assertThat(jar).as("system property oms.job-sync-jar (set by the build)").isNotBlank();
        assertThat(new File(jar)).as("the packaged job-sync jar").exists();
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username", "root"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--oms.xxl.access-token=e2e-executor-token-0123456789", "--oms.xxl.log-path=target/e2e-xxl-logs"));
        arguments.addAll(List.of(args));
        List<String> command = JarProcess.command(Path.of(jar), List.of("-Xmx256m"), arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        if (!List.of(args).toString().contains("run-once")) {
            builder.redirectOutput(Files.createTempFile("job-sync-e2e", ".log").toFile());
        }
        return builder.start();
    }

    private static void awaitHttp(int port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpURLConnection probe = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
                        + "/callbacks/taobao/probe").toURL().openConnection();
                if (probe.getResponseCode() == 405) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the job-sync executor did not open its HTTP port within 2 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
