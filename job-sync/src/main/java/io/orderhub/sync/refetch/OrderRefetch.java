package io.orderhub.sync.refetch;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderWriteResult;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.quarantine.QuarantineStore;
import io.orderhub.common.refetch.RefetchRequest;
import io.orderhub.common.refetch.RefetchRequests;
import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.ChannelAdapters;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.shop.ChannelShopRow;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.status.StatusMapping;
import io.orderhub.sync.status.StatusMappingReader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code orderRefetch}: drains the re-fetch requests the consistency repairs leave in {@code refetch_request}
 * (job-monitor has no channel adapters). Each order is read again through its platform's order detail API and
 * written through {@link OrderWriter} with {@code source=RECONCILE} — the version guard decides whether it replaces
 * what we hold, as for the pull — and the request is closed with the outcome and what the platform said (status,
 * refund state), in the transaction of the write. An order we lack (no shop on the request) is asked for in every
 * enabled shop of its channel until one knows it (a shop whose platform refuses the order id as invalid does not).
 * A transient platform failure counts an attempt, the third closes the request as FAILED with the reason; a failure
 * retrying cannot fix (token, signature) closes it at once. A detail that does not map (unknown status, a bad
 * field, amounts that do not add up) is quarantined exactly as the pull does — raw body, reason, failing field, kind
 * {@code ORDER} of the shop that answered — and the request closed FAILED with outcome QUARANTINED naming the
 * {@code raw_payload} row, in one transaction; {@code quarantineReplay} writes the order after the fix. Idempotent: a
 * request closed meanwhile by another drain is left alone, and a second write of the same version changes nothing.
 */
@Component
public class OrderRefetch {

    private final RefetchRequests requests;
    private final ShopDirectory shops;
    private final ChannelAdapters adapters;
    private final StatusMappingReader statusMappings;
    private final OrderWriter writer;
    private final QuarantineStore quarantine;
    private final TransactionTemplate tx;
    private final Clock clock;

    public OrderRefetch(RefetchRequests requests, ShopDirectory shops, ChannelAdapters adapters,
            StatusMappingReader statusMappings, OrderWriter writer, QuarantineStore quarantine, TransactionTemplate tx,
            Clock clock) {
        this.requests = requests;
        this.shops = shops;
        this.adapters = adapters;
        this.statusMappings = statusMappings;
        this.writer = writer;
        this.quarantine = quarantine;
        this.tx = tx;
        this.clock = clock;
    }

    public String run(RefetchDrainRequest request, JobContext context) {
        StatusMapping statuses = statusMappings.current();
        Map<String, Integer> counts = new TreeMap<>();
        List<RefetchRequest> open = requests.open(request.limit());
        for (RefetchRequest refetch : open) {
            counts.merge(refetch(refetch, statuses, context), 1, Integer::sum);
        }
        return "re-fetch requests taken=" + open.size() + " " + counts;
    }

    /** Returns the request's outcome: WRITTEN, UNCHANGED, NOT_FOUND, QUARANTINED, RETRY or FAILED. */
    private String refetch(RefetchRequest refetch, StatusMapping statuses, JobContext context) {
        List<ChannelShopRow> candidates = shops.enabled(List.of(refetch.channel()),
                refetch.shopId() == null ? List.of() : List.of(refetch.shopId()));
        if (candidates.isEmpty()) {
            return fail(refetch, "no enabled " + refetch.channel() + " shop" + (refetch.shopId() == null ? ""
                    : " " + refetch.shopId()) + " to ask", true, context);
        }
        String refused = null;
        for (ChannelShopRow row : candidates) {
            try {
                ShopSession session = ShopSession.of(shops.resolve(row).credentials());
                ChannelAdapter adapter = adapters.of(refetch.channel());
                Optional<RawOrder> raw = adapter.fetchDetail(session, refetch.platformOrderId());
                if (raw.isPresent()) {
                    return writeOrQuarantine(refetch, adapter, row.shopId, raw.get(), statuses, context);
                }
            } catch (PlatformException e) {
                if (e.error().kind() != PlatformErrorKind.INVALID_REQUEST) {
                    return fail(refetch, e.getMessage(), e.error().kind().retryable(), context);
                }
                // The platform refuses the order id in this shop (JD answers an order it does not know with
                // 参数错误): not this shop's order; the next shop may know it.
                refused = e.getMessage();
            }
        }
        requests.done(refetch.id(), "NOT_FOUND", refused != null ? "refused: " + refused
                : "no enabled shop's order detail knows the order", null, null, now());
        return "NOT_FOUND";
    }

    private String writeOrQuarantine(RefetchRequest refetch, ChannelAdapter adapter, String shopId, RawOrder raw,
            StatusMapping statuses, JobContext context) {
        UnifiedOrder order;
        try {
            order = adapter.map(shopId, raw, statuses);
        } catch (MappingFailure failure) {
            return quarantined(refetch, shopId, raw, failure, context);
        }
        return tx.execute(s -> written(refetch, order, shopId));
    }

    private String quarantined(RefetchRequest refetch, String shopId, RawOrder raw, MappingFailure failure,
            JobContext context) {
        String reason = failure.reason() + " (shop " + shopId + ") " + failure.getMessage();
        long payloadId = tx.execute(s -> {
            long id = quarantine.keep(raw.quarantined(refetch.channel(), shopId, failure));
            requests.quarantined(refetch.id(), id, reason, now());
            return id;
        });
        context.log().line("{} order {} (request {}): quarantined as raw_payload {}: {}", refetch.channel(),
                refetch.platformOrderId(), refetch.id(), payloadId, reason);
        return "QUARANTINED";
    }

    private String written(RefetchRequest refetch, UnifiedOrder order, String shopId) {
        OrderWriteResult result = writer.write(List.of(order), StatusSource.RECONCILE);
        String outcome = result.inserted() + result.updated() > 0 ? "WRITTEN" : "UNCHANGED";
        requests.done(refetch.id(), outcome, "shop " + shopId + ", platform modified "
                + order.times().platformModified() + " (GMT+8)", order.status().name(), order.refundState().name(),
                now());
        return outcome;
    }

    private String fail(RefetchRequest refetch, String reason, boolean retryable, JobContext context) {
        context.log().line("{} order {} (request {}): {}", refetch.channel(), refetch.platformOrderId(), refetch.id(),
                reason);
        return requests.failed(refetch.id(), reason, retryable, now()) ? "FAILED" : "RETRY";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
