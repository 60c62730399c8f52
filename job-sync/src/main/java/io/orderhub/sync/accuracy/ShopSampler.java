package io.orderhub.sync.accuracy;

import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.ChannelAdapters;
import io.orderhub.sync.channel.MalformedPageException;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.engine.LeaseAttempt;
import io.orderhub.sync.engine.LeaseLostException;
import io.orderhub.sync.engine.ShopLease;
import io.orderhub.sync.engine.ShopLeases;
import io.orderhub.sync.engine.SyncShutdown;
import io.orderhub.sync.shop.SyncShop;
import io.orderhub.sync.status.StatusMapping;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Samples one shop: draws its orders, then asks the platform for each through the adapter's order-detail call and
 * maps the reply with the sync's own mapper, so both sides are unified the same way. It holds the shop's sync lease
 * meanwhile, so it never runs beside a sync of the same shop (which would move our side under the comparison), and
 * its calls go through the shop's channel client: the same pacing (token bucket per app and API), retries and
 * signing as the sync.
 */
@Component
public class ShopSampler {

    /** Refusals that every further call of this shop would get too: stop asking. */
    private static final Set<PlatformErrorKind> SHOP_WIDE = EnumSet.of(PlatformErrorKind.TOKEN_EXPIRED,
            PlatformErrorKind.SIGNATURE_REJECTED, PlatformErrorKind.CLOCK_SKEW);

    private final ChannelAdapters adapters;
    private final ShopLeases leases;
    private final StateAccuracyStore store;
    private final SyncShutdown shutdown;
    private final Clock clock;

    public ShopSampler(ChannelAdapters adapters, ShopLeases leases, StateAccuracyStore store, SyncShutdown shutdown,
            Clock clock) {
        this.adapters = adapters;
        this.leases = leases;
        this.store = store;
        this.shutdown = shutdown;
        this.clock = clock;
    }

    public void sample(SyncShop shop, ShopAccuracy result, String seed, int perShop, StatusMapping statuses,
            String holder) {
        LeaseAttempt attempt = leases.acquire(shop.channel().name(), shop.shopId(), holder);
        if (attempt instanceof LeaseAttempt.HeldElsewhere held) {
            result.skip("a sync or sample of this shop runs: lease " + held.describe());
            return;
        }
        try (ShopLease lease = (ShopLease) attempt) {
            // Drawn under the lease: no sync of this shop writes between our read and the platform's answer.
            List<SampleCandidate> ranked = store.rankedCandidates(shop.channel().name(), shop.shopId(),
                    result.createdFrom(), seed, perShop);
            List<SampleCandidate> drawn = StratifiedDraw.draw(ranked, perShop);
            result.drew(eligible(ranked), drawn);
            ask(shop, drawn, result, statuses, lease);
        } catch (LeaseLostException e) {
            result.fail("LEASE_LOST: " + e.getMessage());
        }
    }

    private void ask(SyncShop shop, List<SampleCandidate> drawn, ShopAccuracy result, StatusMapping statuses,
            ShopLease lease) {
        ChannelAdapter adapter = adapters.of(shop.channel());
        ShopSession session = ShopSession.of(shop.credentials());
        for (SampleCandidate ours : drawn) {
            if (shutdown.stopRequested()) {
                result.fail("STOPPED: the executor is shutting down; " + result.orders().size() + " of "
                        + drawn.size() + " asked");
                return;
            }
            lease.keepAlive();
            LocalDateTime askedAt = LocalDateTime.now(clock);
            try {
                Optional<RawOrder> raw = adapter.fetchDetail(session, ours.platformOrderId());
                result.add(raw.isEmpty()
                        ? SampledOrder.failed(ours, askedAt, "NOT_FOUND", "the detail reply holds no order")
                        : SampledOrder.compared(ours, askedAt, adapter.map(shop.shopId(), raw.get(), statuses)));
            } catch (PlatformException e) {
                result.add(SampledOrder.failed(ours, askedAt, "PLATFORM_" + e.error().kind() + ":" + e.error().code(),
                        e.error().toString()));
                if (SHOP_WIDE.contains(e.error().kind())) {
                    result.fail(e.error().kind() + " for " + shop.label() + ": " + e.error());
                    return;
                }
            } catch (MalformedPageException e) {
                result.add(SampledOrder.failed(ours, askedAt, "MALFORMED_REPLY", e.getMessage()));
            } catch (MappingFailure e) {
                result.add(SampledOrder.failed(ours, askedAt, "MAPPING_" + e.reason(), e.getMessage()));
            }
        }
    }

    /** Eligible orders: the strata's sizes, each counted once. */
    private static int eligible(List<SampleCandidate> ranked) {
        return ranked.stream().collect(Collectors.toMap(SampleCandidate::status,
                SampleCandidate::stratumSize, (a, b) -> a)).values().stream().mapToInt(Integer::intValue).sum();
    }
}
