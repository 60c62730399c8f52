package io.orderhub.sync.accuracy;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.secret.MissingSecretException;
import io.orderhub.common.stats.SampledProportion;
import io.orderhub.sync.config.SyncProperties;
import io.orderhub.sync.engine.SyncShutdown;
import io.orderhub.sync.shop.ChannelShopRow;
import io.orderhub.sync.shop.ShopDirectory;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code stateAccuracySample} service (状态准确率): for this executor's shops (the sync's sharding), a stratified
 * random sample of recent orders is fetched again from the platforms and compared with what we hold
 * ({@link ShopSampler}); each shop's orders and summary are stored ({@link StateAccuracyStore}) for the reports. A
 * shop without a compared order is "not measured", never 0 % or 100 %.
 */
@Service
public class StateAccuracySampler {

    private static final String EXECUTOR_ID = ManagementFactory.getRuntimeMXBean().getName();

    private final ShopDirectory shops;
    private final StatusMappingReader statusMappings;
    private final ShopSampler sampler;
    private final StateAccuracyStore store;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SyncProperties properties;
    private final SyncShutdown shutdown;

    public StateAccuracySampler(ShopDirectory shops, StatusMappingReader statusMappings, ShopSampler sampler,
            StateAccuracyStore store, TransactionTemplate tx, Clock clock, SyncProperties properties,
            SyncShutdown shutdown) {
        this.shops = shops;
        this.statusMappings = statusMappings;
        this.sampler = sampler;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
        this.shutdown = shutdown;
    }

    public String run(AccuracySampleRequest request, JobContext context) {
        try (SyncShutdown.RunningSync running = shutdown.begin()) {
            return sampleShops(request, context);
        }
    }

    private String sampleShops(AccuracySampleRequest request, JobContext context) {
        String runId = UUID.randomUUID().toString();
        String seed = request.seed() == null ? runId : request.seed();
        LocalDateTime createdFrom = LocalDateTime.now(clock).withNano(0).minusDays(request.days());
        List<ChannelShopRow> mine = shops.enabledOnShard(request.channels(), request.shops(), context.shard());
        context.log().line("run {} (seed {}): {} shop(s) on shard {}, orders created since {} GMT+8, up to {} per"
                + " shop", runId, seed, mine.size(), context.shard(), createdFrom, request.perShop());
        StatusMapping statuses = statusMappings.current();
        List<ShopAccuracy> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(properties.parallelShops(),
                Math.max(1, mine.size())));
        try {
            ExecutorCompletionService<ShopAccuracy> done = new ExecutorCompletionService<>(pool);
            for (ChannelShopRow row : mine) {
                done.submit(() -> sampleOne(row, runId, seed, createdFrom, request.perShop(), statuses));
            }
            for (int i = 0; i < mine.size(); i++) {
                ShopAccuracy result = take(done);
                context.log().line(result.summary());
                results.add(result);
            }
        } finally {
            pool.shutdownNow();
        }
        return conclude(runId, results);
    }

    private ShopAccuracy sampleOne(ChannelShopRow row, String runId, String seed, LocalDateTime createdFrom,
            int perShop, StatusMapping statuses) {
        ShopAccuracy result = new ShopAccuracy(row.channel, row.shopId, LocalDateTime.now(clock), createdFrom);
        try {
            sampler.sample(shops.resolve(row), result, seed, perShop, statuses, EXECUTOR_ID + "/accuracy-" + runId);
        } catch (MissingSecretException e) {
            result.fail("MISSING_SECRET: " + e.getMessage());
        }
        tx.executeWithoutResult(status -> store.save(runId, seed, result, LocalDateTime.now(clock)));
        return result;
    }

    private static String conclude(String runId, List<ShopAccuracy> results) {
        long compared = results.stream().mapToLong(r -> r.accuracy().n()).sum();
        long matches = results.stream().mapToLong(r -> r.accuracy().matches()).sum();
        List<String> failed = results.stream().filter(r -> r.outcome() == ShopAccuracy.Outcome.FAILED)
                .map(r -> r.label() + " " + r.detail()).toList();
        String totals = "run " + runId + ": " + results.size() + " shop(s), "
                + count(results, ShopAccuracy.Outcome.MEASURED) + " measured, "
                + count(results, ShopAccuracy.Outcome.NOT_MEASURED) + " not measured, "
                + count(results, ShopAccuracy.Outcome.SKIPPED_LEASED) + " skipped (leased), " + failed.size()
                + " failed; sampled " + results.stream().mapToInt(ShopAccuracy::sampled).sum()
                + ", status mismatches " + results.stream().mapToInt(ShopAccuracy::statusMismatches).sum()
                + ", amount mismatches " + results.stream().mapToInt(ShopAccuracy::amountMismatches).sum()
                + ", fetch errors " + results.stream().mapToInt(ShopAccuracy::fetchErrors).sum()
                + "; accuracy " + new SampledProportion(matches, compared).describe();
        if (!failed.isEmpty()) {
            throw new JobFailure("SHOPS_FAILED", totals + "; failed: " + failed, false);
        }
        return totals;
    }

    private static long count(List<ShopAccuracy> results, ShopAccuracy.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static ShopAccuracy take(ExecutorCompletionService<ShopAccuracy> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailure("INTERRUPTED", "the run was stopped (executor shutdown or kill from the admin)", true, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("shop sampling crashed: " + e.getCause(), e.getCause());
        }
    }
}
