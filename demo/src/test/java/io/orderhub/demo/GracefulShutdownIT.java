package io.orderhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SIGTERM ({@link Process#destroy()}, as systemd stops the service) while the executor syncs: the running shops
 * stop right after a committed batch, within the shutdown grace period, saying so in the console and the job log;
 * the process exits with the JVM's status for SIGTERM. The next run continues from each shop's cursor — the sandbox's
 * access log shows it asking nothing before the cursor minus the overlap — and ends with the ground truth exact.
 */
class GracefulShutdownIT {

    static final ZoneOffset PLATFORM_ZONE = ZoneOffset.ofHours(8);
    static final String ACCESS_TOKEN = "shutdown-it-4be19d7c20f3a6";
    static final Duration OVERLAP = Duration.ofMinutes(15); // SandboxShopRegistration's overlap
    /** Spring's default spring.lifecycle.timeout-per-shutdown-phase, which SyncShutdown's wait is bounded by. */
    static final Duration GRACE = Duration.ofSeconds(30);

    @TempDir
    Path workDir;

    ChannelSandbox sandbox;
    final List<ExecutorJvm> started = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (ExecutorJvm executor : started) {
            executor.killIfAlive();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void sigtermStopsTheSyncAfterACommittedBatchAndTheNextRunContinuesFromTheCursor() throws Exception {
        sandbox = ChannelSandbox.builder().seed(2612).shopsPerChannel(1).ordersPerShop(1500)
                .span(Duration.ofHours(20)).build().start();
        sandbox.unlimitedRateLimits();
        Map<String, String> database = ExecutorArguments.freshSchema();
        JdbcTemplate db = ExecutorArguments.jdbc(database);

        // Paced at 3 requests a second per channel, all four shops at once: the PDD shop walks 48 half-hour windows,
        // some 20 seconds, so the SIGTERM finds it mid-run.
        List<String> arguments = new ArrayList<>(ExecutorArguments.forSandbox(sandbox, database, Duration.ofSeconds(10),
                3, 1));
        arguments.add("--oms.sync.parallel-shops=4");
        ExecutorJvm executor = start("executor", arguments).awaitReady(Duration.ofSeconds(180));
        executor.trigger(1, 0, 1);
        awaitFirstCommittedBatch(db);
        long terminatedAt = System.nanoTime();
        int exitStatus = executor.terminate(GRACE.plusSeconds(10));
        Duration stopTook = Duration.ofNanos(System.nanoTime() - terminatedAt);

        assertThat(exitStatus).as("the JVM's exit status after SIGTERM (128 + 15)").isEqualTo(143);
        assertThat(stopTook).as("SIGTERM to exit").isLessThan(GRACE);
        assertThat(executor.console())
                .contains("running sync(s) asked to stop after their next committed batch")
                .contains("running syncs stopped at a safe point");
        assertThat(executor.jobLog(1)).containsPattern("PDD/\\S+ STOPPED ")
                .contains("stopped for executor shutdown after a committed batch")
                .contains("failed: STOPPED (retryable)");
        assertThat(db.queryForObject("SELECT outcome FROM sync_run WHERE channel = 'PDD'", String.class))
                .as("the PDD shop's run").isEqualTo("STOPPED");
        assertThat(db.queryForList("SELECT outcome FROM sync_run", String.class))
                .as("shops stopped or finished, none failed").contains("STOPPED").doesNotContain("FAILED");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM shop_sync_lease WHERE holder IS NOT NULL", Integer.class))
                .as("leases released on the way out").isZero();

        String pddShop = sandbox.shops(Channel.PDD).get(0).shopId();
        LocalDateTime pddCursor = db.queryForObject("SELECT cursor_modified_at FROM sync_cursor WHERE channel = 'PDD'",
                LocalDateTime.class);
        assertThat(pddCursor).as("PDD's cursor committed by the stop").isNotNull();
        long firstRunRequests = pddWindowStarts(pddShop).size();
        long continueFrom = pddCursor.minus(OVERLAP).atOffset(PLATFORM_ZONE).toEpochSecond();
        assertThat(pddWindowStarts(pddShop)).as("the stopped run walked windows before its cursor")
                .anyMatch(start -> start < continueFrom);

        // The next run (run-once, unpaced) starts at the cursor and completes every shop.
        ExecutorJvm next = start("next-run", nextRunArguments(database));
        assertThat(next.awaitExit(Duration.ofSeconds(120))).as(next.console()).isZero();
        List<Long> nextRunStarts = pddWindowStarts(pddShop).subList((int) firstRunRequests,
                pddWindowStarts(pddShop).size());
        assertThat(nextRunStarts).as("PDD windows the next run asked for").isNotEmpty()
                .allMatch(start -> start >= continueFrom);
        assertThat(db.queryForObject("SELECT cursor_before FROM sync_run WHERE channel = 'PDD' AND outcome = "
                + "'SUCCEEDED'", LocalDateTime.class)).isEqualTo(pddCursor);
        assertThat(next.console())
                .containsPattern("ground truth check over 4 sandbox shops: expected=[1-9]\\d* matched=\\d+ lost=0 "
                        + "duplicated=0 mismatched=0")
                .contains("the database matches the platforms exactly");
        System.out.printf("[GracefulShutdownIT] SIGTERM to exit %d ms; PDD stopped at cursor %s GMT+8, next run "
                + "asked %d PDD windows/pages%n", stopTook.toMillis(), pddCursor, nextRunStarts.size());
    }

    /** Waits until the sync has committed a batch (orders stored), then returns: the moment to send SIGTERM. */
    private static void awaitFirstCommittedBatch(JdbcTemplate db) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Integer orders = db.queryForObject("SELECT COUNT(*) FROM unified_order", Integer.class);
            if (orders != null && orders > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no batch committed within 60 s");
    }

    /** The window starts of the PDD shop's order-list requests, in arrival order (epoch seconds). */
    private List<Long> pddWindowStarts(String shopId) {
        return sandbox.requestLog().of(Channel.PDD, shopId).stream()
                .map(entry -> entry.parameter("start_updated_at"))
                .filter(start -> start != null)
                .map(Long::parseLong).toList();
    }

    private List<String> nextRunArguments(Map<String, String> database) {
        List<String> arguments = new ArrayList<>(ExecutorArguments.forSandbox(sandbox, database,
                Duration.ofSeconds(10), 100_000, 1_000));
        arguments.add("--oms.run-once=channelOrderSync");
        return arguments;
    }

    private ExecutorJvm start(String name, List<String> arguments) {
        ExecutorJvm executor = ExecutorJvm.start(name, workDir, ACCESS_TOKEN, ExecutorJvm.freePort(), arguments, Map.of());
        started.add(executor);
        return executor;
    }
}
