package io.orderhub.sync.stress;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.job.RunLog;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.engine.ChannelOrderSync;
import io.orderhub.sync.engine.SyncRequest;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.stress.SandboxLink.SandboxShop;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The monthly peak stress test ("11.11 order pressure test"): a channel sandbox generates a ramp of new orders in
 * real time while the real sync runs on its schedule; afterwards the lag of every burst order (created on the
 * platform → stored here) gives p50/p95 per step, the sustained throughput and the step where the lag crossed the
 * threshold (the breaking point). Only against a sandbox, only where {@code oms.stress.enabled=true}. It talks to
 * the sandbox over HTTP only ({@link SandboxLink}): the simulator itself never ships in this executor.
 */
@Service
public class StressRamp {

    private final ChannelOrderSync sync;
    private final JdbcTemplate jdbc;
    private final ConfigurableEnvironment environment;
    private final Clock clock;
    private final StressTestProperties properties;
    private final HttpClientFactory clients;
    private final ShopDirectory shopDirectory;

    public StressRamp(ChannelOrderSync sync, JdbcTemplate jdbc, ConfigurableEnvironment environment, Clock clock,
            StressTestProperties properties, HttpClientFactory clients, ShopDirectory shopDirectory) {
        this.clients = clients;
        this.shopDirectory = shopDirectory;
        this.sync = sync;
        this.jdbc = jdbc;
        this.environment = environment;
        this.clock = clock;
        this.properties = properties;
    }

    public String run(StressTestRequest request, JobContext context) {
        if (!properties.enabled()) {
            throw new JobFailure("STRESS_TEST_DISABLED", "oms.stress.enabled is false on this executor: the stress test "
                    + "writes sandbox shops and orders into its database, run it on a staging executor", false);
        }
        SandboxLink sandbox = sandbox(request.sandboxUrl());
        List<SandboxShop> shops = sandbox.shops().stream()
                .filter(shop -> request.channels().isEmpty() || request.channels().contains(shop.channel()))
                .toList();
        LocalDateTime started = now();
        SandboxShopRegistration.register(sandbox, shops, shopDirectory, environment, clock, started);
        List<String> shopIds = shops.stream().map(SandboxShop::shopId).toList();
        try {
            sandbox.startBurst(burstJson(request));
            context.log().line("stress test on {}: {} shop(s), ramp {} for {}s, sync every {}s", sandbox.base(),
                    shops.size(), request.steps(), request.totalSeconds(), request.syncIntervalSeconds());
            SyncLoop loop = syncWhileBursting(sandbox, request, shopIds, context.log());
            return report(request, sandbox, shops, started, loop, context.log());
        } finally {
            shopDirectory.disableShopsAt(sandbox.base(), LocalDateTime.now(clock).withNano(0));
        }
    }

    private SandboxLink sandbox(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new JobFailure("NOT_A_SANDBOX", "job parameter 'sandboxUrl': not a URL: " + url, false);
        }
        try {
            SandboxLink sandbox = new SandboxLink(parsed, clients);
            sandbox.verifyIsSandbox();
            return sandbox;
        } catch (IllegalArgumentException e) {
            throw new JobFailure("NOT_A_SANDBOX", "job parameter 'sandboxUrl': " + e.getMessage()
                    + "; the stress test only ever runs against a channel sandbox", false);
        }
    }

    private record SyncLoop(int runs, int failedRuns, LocalDateTime lastSyncEnd) {
    }

    private SyncLoop syncWhileBursting(SandboxLink sandbox, StressTestRequest request, List<String> shopIds, RunLog log) {
        int runs = 0;
        int failed = 0;
        boolean burstDone = false;
        while (true) {
            long started = System.nanoTime();
            try {
                String summary = sync.run(new SyncRequest(request.channels(), shopIds, null, null),
                        new JobContext(io.orderhub.common.job.Shard.SOLE, RunLog.NONE));
                log.line("sync {}: {}", runs + 1, summary);
            } catch (JobFailure e) {
                failed++;
                log.line("sync {} failed: {}", runs + 1, e.getMessage());
            }
            runs++;
            if (burstDone) {
                return new SyncLoop(runs, failed, now());
            }
            burstDone = !sandbox.burstStatus().path("running").asBoolean(false);
            if (!burstDone) {
                sleep(Duration.ofSeconds(request.syncIntervalSeconds()).minusNanos(System.nanoTime() - started));
            }
        }
    }

    private String report(StressTestRequest request, SandboxLink sandbox, List<SandboxShop> shops, LocalDateTime started,
            SyncLoop loop, RunLog log) {
        JsonNode burst = sandbox.burstStatus();
        int created = burst.path("created").asInt();
        List<String> shopIds = shops.stream().map(SandboxShop::shopId).toList();
        String in = String.join(",", shopIds.stream().map(id -> "?").toList());
        List<Object> args = new ArrayList<>(shopIds);
        args.add(0, started);
        // Burst orders are created and modified in the same second; the modified time is what a platform's
        // incremental API and our upsert both go by, so lag is measured from it.
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT platform_modified_at, synced_at FROM unified_order "
                + "WHERE platform_modified_at >= ? AND shop_id IN (" + in + ")", args.toArray());
        List<String> perStep = new ArrayList<>();
        String breakingPoint = null;
        LocalDateTime stepStart = started;
        List<Integer> allLags = new ArrayList<>();
        for (StressTestRequest.Step step : request.steps()) {
            LocalDateTime stepEnd = stepStart.plusSeconds(step.seconds());
            LocalDateTime from = stepStart;
            int[] lags = rows.stream()
                    .filter(r -> !time(r, "platform_modified_at").isBefore(from)
                            && time(r, "platform_modified_at").isBefore(stepEnd))
                    .mapToInt(r -> (int) Duration.between(time(r, "platform_modified_at"), time(r, "synced_at"))
                            .toSeconds())
                    .toArray();
            LagPercentiles percentiles = new LagPercentiles(lags);
            for (int lag : lags) {
                allLags.add(lag);
            }
            perStep.add(step.ordersPerMinute() + "/min: orders=" + percentiles.count() + " lag p50="
                    + percentiles.percentile(50) + "s p95=" + percentiles.percentile(95) + "s");
            Integer p95 = percentiles.percentile(95);
            if (breakingPoint == null && p95 != null && p95 > request.lagThresholdSeconds()) {
                breakingPoint = step.ordersPerMinute() + " orders/min per shop (p95 lag " + p95 + "s > "
                        + request.lagThresholdSeconds() + "s)";
            }
            stepStart = stepEnd;
        }
        if (breakingPoint == null && loop.failedRuns() > 0) {
            breakingPoint = loop.failedRuns() + " failed sync run(s)";
        }
        LagPercentiles overall = new LagPercentiles(allLags.stream().mapToInt(Integer::intValue).toArray());
        double seconds = Math.max(1, Duration.between(started, loop.lastSyncEnd()).toSeconds());
        BigDecimal sustained = BigDecimal.valueOf(rows.size() / seconds).setScale(2, RoundingMode.HALF_UP);
        jdbc.update("INSERT INTO stress_test_run (started_at, finished_at, sandbox_url, plan, shops, orders_created, "
                        + "orders_synced, sustained_orders_per_s, lag_p50_seconds, lag_p95_seconds, sync_runs, "
                        + "failed_sync_runs, breaking_point) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                started, now(), sandbox.base().toString(), request.steps().toString(), shops.size(), created,
                rows.size(), sustained, overall.percentile(50), overall.percentile(95), loop.runs(), loop.failedRuns(),
                breakingPoint);
        perStep.forEach(line -> log.line("step {}", line));
        return "orders created=" + created + " synced=" + rows.size() + " sustained=" + sustained + "/s lag p50="
                + overall.percentile(50) + "s p95=" + overall.percentile(95) + "s sync runs=" + loop.runs() + " failed="
                + loop.failedRuns() + " breaking point=" + (breakingPoint == null ? "none" : breakingPoint);
    }

    private static String burstJson(StressTestRequest request) {
        var plan = ChannelHttp.JSON.createObjectNode();
        var steps = plan.putArray("steps");
        request.steps().forEach(step -> steps.addObject().put("seconds", step.seconds())
                .put("ordersPerMinute", step.ordersPerMinute()));
        var channels = plan.putArray("channels");
        request.channels().forEach(channel -> channels.add(channel.name()));
        return plan.toString();
    }

    private static LocalDateTime time(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static void sleep(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailure("INTERRUPTED", "stress test stopped", true, e);
        }
    }
}
