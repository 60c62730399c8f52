package io.orderhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testing.TestDatabase;
import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.fault.FaultPlan;
import io.orderhub.sandbox.http.RequestLog;
import io.orderhub.sandbox.push.PushSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three executor JVMs of the real jar on one MariaDB schema, 20 sandbox shops over the four channels, driven by
 * sharding broadcasts of {@code channelOrderSync} exactly as the admin sends them (one {@code /run} per executor with
 * its broadcast index and the total), the sandbox moving on between rounds. Judged from each executor's job log,
 * the {@code sync_run} rows and the sandbox's access log: in every round each shop is synced by exactly one executor,
 * none skipped — also after an executor is SIGKILLed mid-round (the shops it held are pulled by no one until its lease
 * has expired, then by the next round) and after one leaves (SIGTERM); at the end, the ground truth matches exactly.
 * The Taobao shops push their order events to the first executor meanwhile (applied by an inboxDrain). Every log
 * the executors wrote — console and XXL-JOB job logs — is then scanned for every configured secret.
 */
class ExecutorClusterIT {

    static final Duration LEASE_TTL = Duration.ofSeconds(3);
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);
    /** A loaded CI machine starts a Spring Boot JVM slowly. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    static final ZoneOffset PLATFORM_ZONE = ZoneOffset.ofHours(8);
    static final String ACCESS_TOKEN = "cluster-it-7f3a91c2e5b84d06";
    static final String RABBIT_PASSWORD = "rabbit-it-5d2e8b71c4a9";
    static final long DRAIN_LOG_ID = 100;
    /** The first line ChannelOrderSync logs in a run. */
    static final Pattern RUN_ID = Pattern.compile("run ([0-9a-f-]{36}): \\d+ shop\\(s\\) on shard");

    @TempDir
    Path workDir;

    ChannelSandbox sandbox;
    final List<ExecutorJvm> started = new ArrayList<>();
    JdbcTemplate db;
    /** sync_run rows per shop so far: each round a shop is synced in adds exactly one. */
    final Map<String, Integer> expectedRuns = new TreeMap<>();

    final long began = System.nanoTime();

    /** What the test saw, with the time since it began: how long each phase takes on the machine at hand. */
    private void note(String what) {
        System.out.printf("[ExecutorClusterIT +%.1fs] %s%n", (System.nanoTime() - began) / 1e9, what);
    }

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
    void everyShopIsSyncedByExactlyOneExecutorPerRoundThroughKillsAndDepartures() throws Exception {
        // The Taobao shops also push their order events to the first executor's callback endpoint.
        int callbackPort = ExecutorJvm.freePort();
        sandbox = ChannelSandbox.builder().seed(1515).shopsPerChannel(5).ordersPerShop(120).span(Duration.ofHours(20))
                .push(PushSettings.defaults().withCallbackBaseUrl("http://127.0.0.1:" + callbackPort + "/")
                        .withRate(0, 2))
                .build().start();
        sandbox.unlimitedRateLimits();
        Set<String> shops = allShops();
        assertThat(shops).hasSize(20);
        Map<String, String> database = ExecutorArguments.freshSchema();
        db = ExecutorArguments.jdbc(database);

        // The first executor migrates the schema and registers the shops; the other two join once it is up.
        ExecutorJvm a = start("executor-a", callbackPort, database).awaitReady(START_TIMEOUT);
        ExecutorJvm b = start("executor-b", ExecutorJvm.freePort(), database);
        ExecutorJvm c = start("executor-c", ExecutorJvm.freePort(), database);
        b.awaitReady(START_TIMEOUT);
        c.awaitReady(START_TIMEOUT);
        note("three executors up");
        sandbox.startPush(sandbox.now().minus(Duration.ofHours(6)));

        // Rounds 1 and 2: three executors (the first sync, then the changes since).
        round(1, List.of(a, b, c));
        moveOn();
        round(2, List.of(a, b, c));
        drainPushes(a);

        // Round 3: the third executor is SIGKILLed while it holds shop leases; the other two finish their shards.
        moveOn();
        sandbox.faults(FaultPlan.builder().delay(300, 1.0).build()); // slow replies: the kill lands mid-shop
        Instant roundStart = Instant.now();
        trigger(3, List.of(a, b, c));
        Map<String, Instant> heldByKilled = killWhileHoldingLeases(c);
        sandbox.faults(FaultPlan.builder().build());
        Map<String, String> survivors = awaitOutcomes(3, List.of(a, b));
        assertThat(survivors.values()).as("round 3, the survivors' shards").containsOnly("SUCCEEDED");
        survivors.keySet().forEach(this::countRun);
        shopsRecordedBy(c, logId(3, 2)).forEach(this::countRun); // the killed one's shops finished before the kill
        assertThat(heldByKilled.keySet()).as("shops the killed executor held").doesNotContainAnyElementsOf(
                survivors.keySet());
        assertRequestedInRound(survivors.keySet(), roundStart, Instant.now(), "round 3");
        note("round 3: " + survivors.size() + " shops synced by the survivors, " + heldByKilled.size()
                + " leases left by the killed executor");

        // Round 4, right away with two executors: a shop the killed one still holds is skipped, never pulled twice.
        Instant round4Start = Instant.now();
        Map<String, String> round4 = awaitOutcomes(4, trigger(4, List.of(a, b)));
        Instant round4End = Instant.now();
        assertThat(round4.keySet()).as("round 4 covers every shop once").isEqualTo(shops);
        round4.forEach((shop, outcome) -> {
            if (!"SUCCEEDED".equals(outcome)) {
                assertThat(outcome).as(shop).isEqualTo("SKIPPED_LEASED");
                assertThat(heldByKilled).as("skipped in round 4 though no one held it").containsKey(shop);
            }
            countRun(shop); // skipped shops are recorded too
        });
        assertRequestedInRound(round4.entrySet().stream().filter(e -> e.getValue().equals("SUCCEEDED"))
                .map(Map.Entry::getKey).toList(), round4Start, round4End, "round 4");
        assertNoRequestWhileLeaseOfKilledHolds(heldByKilled, round4Start);
        assertSyncRuns("round 4");
        note("round 4: " + round4.values().stream().filter("SKIPPED_LEASED"::equals).count()
                + " shops skipped while the killed executor's lease held");

        // Round 5, once the killed executor's leases have expired: every shop again, by the two left.
        Instant lastExpiry = heldByKilled.values().stream().max(Instant::compareTo).orElseThrow();
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), lastExpiry).toMillis()) + 1_100);
        moveOn();
        round(5, List.of(a, b));

        // The second executor leaves (SIGTERM, as systemd stops it); round 6 with the one left.
        assertThat(b.terminate(Duration.ofSeconds(40))).as("exit status after SIGTERM (128 + 15)").isEqualTo(143);
        moveOn();
        round(6, List.of(a));

        assertThat(a.terminate(Duration.ofSeconds(60))).isEqualTo(143);
        assertThat(a.console()).as("the ground-truth check printed at exit")
                .containsPattern("ground truth check over 20 sandbox shops: expected=[1-9]\\d* matched=\\d+ lost=0 "
                        + "duplicated=0 mismatched=0")
                .contains("the database matches the platforms exactly");

        assertThat(LogSecretScan.fileCount(workDir)).as("console and job logs of three executors").isGreaterThan(9);
        assertThat(LogSecretScan.findings(workDir, configuredSecrets())).as("secrets in the executors' logs").isEmpty();
        note("ground truth exact, " + LogSecretScan.fileCount(workDir) + " log files free of "
                + configuredSecrets().size() + " secrets");
    }

    /** Waits until the executor acknowledged every push so far, then applies them (the admin's inboxDrain). */
    private void drainPushes(ExecutorJvm executor) throws InterruptedException {
        sandbox.awaitPushesDelivered(RUN_TIMEOUT);
        executor.trigger(ExecutorJvm.INBOX_DRAIN, DRAIN_LOG_ID, 0, 1);
        executor.awaitRunEnd(ExecutorJvm.INBOX_DRAIN, DRAIN_LOG_ID, RUN_TIMEOUT);
        assertThat(executor.jobLog(DRAIN_LOG_ID)).as("the drain's job log").contains("done:");
        Integer applied = db.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE state = 'APPLIED'",
                Integer.class);
        assertThat(applied).as("pushes applied").isPositive();
        note("pushes: " + sandbox.pushStats().get("acknowledged") + " acknowledged, " + applied + " applied");
    }

    /** One sharding broadcast to these executors; every shop synced by exactly one of them, seen by the sandbox. */
    private void round(int round, List<ExecutorJvm> executors) throws InterruptedException {
        Instant start = Instant.now();
        Map<String, String> outcomes = awaitOutcomes(round, trigger(round, executors));
        Instant end = Instant.now();
        assertThat(outcomes.keySet()).as("round %d covers every shop", round).isEqualTo(allShops());
        assertThat(outcomes.values()).as("round %d outcomes", round).containsOnly("SUCCEEDED");
        outcomes.keySet().forEach(this::countRun);
        assertRequestedInRound(outcomes.keySet(), start, end, "round " + round);
        assertSyncRuns("round " + round);
        note("round " + round + ": " + outcomes.size() + " shops synced by " + executors.size() + " executor(s)");
    }

    private List<ExecutorJvm> trigger(int round, List<ExecutorJvm> executors) {
        for (int i = 0; i < executors.size(); i++) {
            executors.get(i).trigger(logId(round, i), i, executors.size());
        }
        return executors;
    }

    /** Each executor's shops of the round from its job log; fails when two executors report the same shop. */
    private Map<String, String> awaitOutcomes(int round, List<ExecutorJvm> executors) throws InterruptedException {
        Map<String, String> all = new LinkedHashMap<>();
        Map<String, String> reportedBy = new HashMap<>();
        for (ExecutorJvm executor : executors) {
            long logId = logId(round, executors.indexOf(executor));
            executor.awaitRunEnd(logId, RUN_TIMEOUT);
            executor.shopOutcomes(logId).forEach((shop, outcome) -> {
                String other = reportedBy.put(shop, executor.name());
                assertThat(other).as("round %d: %s handled by %s and %s", round, shop, other, executor.name()).isNull();
                all.put(shop, outcome);
            });
        }
        return all;
    }

    private static long logId(int round, int index) {
        return round * 10L + index;
    }

    /** Each shop asked the sandbox at least once between the round's trigger and its end: none silently skipped. */
    private void assertRequestedInRound(Collection<String> synced, Instant from, Instant to, String round) {
        for (String shop : synced) {
            List<RequestLog.Entry> requests = requests(shop).stream()
                    .filter(r -> !r.receivedAt().isBefore(from) && !r.receivedAt().isAfter(to)).toList();
            assertThat(requests).as("%s: requests of %s in the sandbox's access log", round, shop).isNotEmpty();
        }
    }

    /**
     * The sandbox's access log once the others could ask (from round 4: round 3's survivors own other shards): a shop
     * the killed executor held was asked for by no one until its lease (renewed by no one since the kill) expired.
     * Not from the kill on: a request the killed executor sent just before may be logged a moment after.
     */
    private void assertNoRequestWhileLeaseOfKilledHolds(Map<String, Instant> heldByKilled, Instant othersFrom) {
        heldByKilled.forEach((shop, expiry) -> {
            List<Instant> early = requests(shop).stream().map(RequestLog.Entry::receivedAt)
                    .filter(at -> !at.isBefore(othersFrom) && at.isBefore(expiry)).toList();
            assertThat(early).as("requests for %s from round 4 on, before its lease expired at %s", shop, expiry)
                    .isEmpty();
        });
    }

    /** sync_run holds one row per shop and round it was synced (or skipped) in, none more. */
    private void assertSyncRuns(String round) {
        Map<String, Integer> recorded = new TreeMap<>();
        db.query("SELECT channel, shop_id, COUNT(*) FROM sync_run GROUP BY channel, shop_id",
                rs -> {
                    recorded.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
                });
        assertThat(recorded).as("sync_run rows per shop after %s", round).isEqualTo(expectedRuns);
    }

    /** The shops whose run the executor recorded in sync_run during the run with this log id (its run id). */
    private List<String> shopsRecordedBy(ExecutorJvm executor, long logId) {
        Matcher runId = RUN_ID.matcher(executor.jobLog(logId));
        assertThat(runId.find()).as("%s's run %d started", executor.name(), logId).isTrue();
        return db.queryForList("SELECT CONCAT(channel, '/', shop_id) FROM sync_run WHERE run_id = ?", String.class,
                runId.group(1));
    }

    private void countRun(String shop) {
        expectedRuns.merge(shop, 1, Integer::sum);
    }

    /**
     * Waits until the executor holds at least one shop lease, SIGKILLs it, and returns the shops it held with the
     * instant each lease expires (nobody renews them any more).
     */
    private Map<String, Instant> killWhileHoldingLeases(ExecutorJvm executor) throws InterruptedException {
        String holder = executor.pid() + "@%";
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (heldLeases(holder).isEmpty()) {
            assertThat(System.nanoTime()).as("%s took no lease", executor.name()).isLessThan(deadline);
            Thread.sleep(20);
        }
        executor.kill();
        Map<String, Instant> held = heldLeases(holder);
        assertThat(held).as("leases the killed executor left behind").isNotEmpty();
        return held;
    }

    private Map<String, Instant> heldLeases(String holderPattern) {
        Map<String, Instant> held = new TreeMap<>();
        db.query("SELECT channel, shop_id, expires_at FROM shop_sync_lease WHERE holder LIKE ?", rs -> {
            held.put(rs.getString(1) + "/" + rs.getString(2),
                    rs.getObject(3, LocalDateTime.class).atOffset(PLATFORM_ZONE).toInstant());
        }, holderPattern);
        return held;
    }

    /** Between rounds the platforms move on: simulated time passes and some orders change in every shop. */
    private void moveOn() {
        sandbox.advance(Duration.ofSeconds(40));
        for (Channel channel : Channel.values()) {
            sandbox.touch(channel, null, 15);
        }
    }

    private List<RequestLog.Entry> requests(String shop) {
        int slash = shop.indexOf('/');
        return sandbox.requestLog().of(Channel.valueOf(shop.substring(0, slash)), shop.substring(slash + 1));
    }

    private Set<String> allShops() {
        Set<String> shops = new HashSet<>();
        for (Channel channel : Channel.values()) {
            sandbox.shops(channel).forEach(shop -> shops.add(channel + "/" + shop.shopId()));
        }
        return shops;
    }

    /** Every secret the executors were given, by name: shop secrets and tokens, the access token, passwords. */
    private Map<String, String> configuredSecrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            for (ShopCredentials shop : sandbox.shops(channel)) {
                secrets.put(channel + "/" + shop.shopId() + " app secret", shop.appSecret());
                secrets.put(channel + "/" + shop.shopId() + " access token", shop.accessToken());
            }
        }
        secrets.put("oms.xxl.access-token", ACCESS_TOKEN);
        secrets.put("OMS_SECRET_EVENTS_RABBIT_PASSWORD", RABBIT_PASSWORD);
        String databasePassword = TestDatabase.get().password();
        if (databasePassword != null && !databasePassword.isEmpty()) {
            secrets.put("spring.datasource.password", databasePassword);
        }
        return secrets;
    }

    private ExecutorJvm start(String name, int httpPort, Map<String, String> database) {
        List<String> arguments = ExecutorArguments.forSandbox(sandbox, database, LEASE_TTL, 100_000, 1_000);
        ExecutorJvm executor = ExecutorJvm.start(name, workDir, ACCESS_TOKEN, httpPort, arguments,
                Map.of("OMS_SECRET_EVENTS_RABBIT_PASSWORD", RABBIT_PASSWORD));
        started.add(executor);
        return executor;
    }
}
