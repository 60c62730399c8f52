package io.orderhub.sync.engine;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.secret.MissingSecretException;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.config.SyncProperties;
import io.orderhub.sync.metrics.SyncMeters;
import io.orderhub.sync.shop.ChannelShopRow;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.shop.SyncShop;
import io.orderhub.sync.status.StatusMapping;
import io.orderhub.sync.status.StatusMappingReader;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code channelOrderSync} service: picks this executor's shops (stable sharding by channel/shop), syncs them
 * a few at a time, records each shop's run and reports one line per shop. One shop's failure does not stop the
 * others; the run fails at the end if any shop failed.
 */
@Service
public class ChannelOrderSync {

    private static final String EXECUTOR_ID = ManagementFactory.getRuntimeMXBean().getName();

    private final ShopDirectory shops;
    private final StatusMappingReader statusMappings;
    private final ShopSynchronizer synchronizer;
    private final SyncRunMapper runs;
    private final ShopReauthorisationAlerts reauthorisation;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SyncProperties properties;
    private final SyncShutdown shutdown;
    private final SyncMeters meters;

    public ChannelOrderSync(ShopDirectory shops, StatusMappingReader statusMappings, ShopSynchronizer synchronizer,
            SyncRunMapper runs, ShopReauthorisationAlerts reauthorisation, TransactionTemplate tx, Clock clock,
            SyncProperties properties, SyncShutdown shutdown, SyncMeters meters) {
        this.shops = shops;
        this.statusMappings = statusMappings;
        this.synchronizer = synchronizer;
        this.runs = runs;
        this.reauthorisation = reauthorisation;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
        this.shutdown = shutdown;
        this.meters = meters;
    }

    public String run(SyncRequest request, JobContext context) {
        try (SyncShutdown.RunningSync running = shutdown.begin()) {
            return runShops(request, context);
        }
    }

    private String runShops(SyncRequest request, JobContext context) {
        String runId = UUID.randomUUID().toString();
        List<ChannelShopRow> mine = shops.enabledOnShard(request.channels(), request.shops(), context.shard());
        SyncMode mode = request.backfill()
                ? new SyncMode.Backfill(new TimeWindow(request.from(), request.to()), request.rewrite())
                : SyncMode.INCREMENTAL;
        context.log().line("run {}: {} shop(s) on shard {}, mode {}", runId, mine.size(), context.shard(),
                mode instanceof SyncMode.Backfill b ? (b.rewrite() ? "rewriting backfill " : "backfill ") + b.range()
                        : "incremental");
        StatusMapping statuses = statusMappings.current();

        List<ShopSyncReport> reports = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(properties.parallelShops(), Math.max(1, mine.size())));
        try {
            ExecutorCompletionService<ShopSyncReport> done = new ExecutorCompletionService<>(pool);
            for (ChannelShopRow row : mine) {
                done.submit(() -> syncOne(row, mode, statuses, runId));
            }
            for (int i = 0; i < mine.size(); i++) {
                ShopSyncReport report = take(done);
                context.log().line(report.summary());
                reports.add(report);
            }
        } finally {
            pool.shutdownNow();
        }
        return conclude(reports);
    }

    private ShopSyncReport syncOne(ChannelShopRow row, SyncMode mode, StatusMapping statuses, String runId) {
        LocalDateTime started = LocalDateTime.now(clock).withNano(0);
        ShopSyncReport report;
        if (shutdown.stopRequested()) {
            report = new ShopSyncReport(row.channel + "/" + row.shopId);
            report.stop("not started: the executor is shutting down");
            record(runId, row, mode, started, report);
            return report;
        }
        try {
            SyncShop shop = shops.resolve(row);
            report = synchronizer.sync(shop, mode, statuses, EXECUTOR_ID + "/" + runId);
        } catch (MissingSecretException e) {
            report = new ShopSyncReport(row.channel + "/" + row.shopId);
            report.fail("MISSING_SECRET", e.getMessage(), false);
        }
        reauthorisation.observe(row.channel, row.shopId, report);
        record(runId, row, mode, started, report);
        meters.ordersSynced(row.channel, row.shopId, report.inserted(), report.updated(), report.unchanged());
        return report;
    }

    private void record(String runId, ChannelShopRow row, SyncMode mode, LocalDateTime started, ShopSyncReport report) {
        String detail = report.failureDetail == null || report.failureDetail.length() <= 512
                ? report.failureDetail : report.failureDetail.substring(0, 512);
        tx.executeWithoutResult(status -> runs.insert(runId, row.channel, row.shopId,
                mode instanceof SyncMode.Backfill ? "BACKFILL" : "INCREMENTAL", started,
                LocalDateTime.now(clock).withNano(0), report, report.pages.get(), report.quarantinedTotal(), detail));
    }

    private static String conclude(List<ShopSyncReport> reports) {
        long failed = reports.stream().filter(r -> r.outcome() == ShopSyncReport.Outcome.FAILED).count();
        long skipped = reports.stream().filter(r -> r.outcome() == ShopSyncReport.Outcome.SKIPPED_LEASED).count();
        long stopped = reports.stream().filter(r -> r.outcome() == ShopSyncReport.Outcome.STOPPED).count();
        String totals = reports.size() + " shop(s): " + (reports.size() - failed - skipped - stopped) + " synced, "
                + skipped + " skipped (leased elsewhere), " + failed + " failed, " + stopped
                + " stopped (executor shutdown); orders new="
                + reports.stream().mapToInt(ShopSyncReport::inserted).sum()
                + " updated=" + reports.stream().mapToInt(ShopSyncReport::updated).sum()
                + " unchanged=" + reports.stream().mapToInt(ShopSyncReport::unchanged).sum()
                + " quarantined=" + reports.stream().mapToInt(ShopSyncReport::quarantinedTotal).sum();
        if (failed > 0) {
            String reasons = reports.stream().filter(r -> r.failureReason() != null)
                    .map(r -> r.label() + " " + r.failureReason()).toList().toString();
            // Retryable only if some failure can pass on its own: an expired token or a missing secret waits for a person.
            boolean retryable = reports.stream().filter(r -> r.outcome() == ShopSyncReport.Outcome.FAILED)
                    .anyMatch(ShopSyncReport::retryable);
            throw new JobFailure("SHOPS_FAILED", totals + "; failed: " + reasons, retryable);
        }
        if (stopped > 0) {
            // Not done: the admin's fail-retry (or the next schedule) runs it on an executor that is up.
            throw new JobFailure("STOPPED", totals + "; the stopped shops continue from their cursor in the next run",
                    true);
        }
        return totals;
    }

    private static ShopSyncReport take(ExecutorCompletionService<ShopSyncReport> done) {
        try {
            Future<ShopSyncReport> next = done.take();
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailure("INTERRUPTED", "the run was stopped (executor shutdown or kill from the admin)", true, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("shop sync crashed: " + e.getCause(), e.getCause());
        }
    }
}
