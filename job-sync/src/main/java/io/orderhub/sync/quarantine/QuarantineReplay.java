package io.orderhub.sync.quarantine;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderWriteResult;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.persistence.RawPayloadRow;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.common.quarantine.QuarantineStore;
import io.orderhub.common.quarantine.QuarantinedPayload;
import io.orderhub.sync.channel.ChannelAdapters;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.status.StatusMapping;
import io.orderhub.sync.status.StatusMappingReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Re-processes quarantined orders after a fix (a status added to the mapping, a mapper corrected): each payload is
 * mapped again from its raw body; what maps is written through the same idempotent writer as the pull (so a replay
 * never moves an order backwards) and marked replayed; what still fails stays quarantined with its new reason.
 * Quarantined pages (unreadable responses) are evidence only: their window was never marked done, so the next sync
 * reads it again.
 */
@Service
public class QuarantineReplay {

    private static final int BATCH = 500;

    private final QuarantineStore store;
    private final ChannelAdapters adapters;
    private final StatusMappingReader statusMappings;
    private final OrderWriter writer;
    private final TransactionTemplate tx;

    public QuarantineReplay(QuarantineStore store, ChannelAdapters adapters, StatusMappingReader statusMappings,
            OrderWriter writer, TransactionTemplate tx) {
        this.store = store;
        this.adapters = adapters;
        this.statusMappings = statusMappings;
        this.writer = writer;
        this.tx = tx;
    }

    public String run(ReplayRequest request, JobContext context) {
        StatusMapping statuses = statusMappings.current();
        List<String> channels = request.channels().stream().map(Channel::name).toList();
        int replayed = 0;
        int examined = 0;
        Map<QuarantineReason, Integer> stillFailing = new EnumMap<>(QuarantineReason.class);
        OrderWriteResult written = OrderWriteResult.NONE;
        long afterId = 0;
        while (examined < request.limit()) {
            List<RawPayloadRow> batch = store.quarantined(request.reasons(), channels, request.shops(), request.from(),
                    request.to(), afterId, Math.min(BATCH, request.limit() - examined));
            if (batch.isEmpty()) {
                break;
            }
            afterId = batch.get(batch.size() - 1).id;
            examined += batch.size();
            Outcome outcome = replay(batch, statuses);
            replayed += outcome.replayedIds.size();
            written = written.plus(outcome.written);
            outcome.stillFailing.forEach(p -> stillFailing.merge(p.reason(), 1, Integer::sum));
        }
        String summary = "examined=" + examined + " replayed=" + replayed + " (orders new=" + written.inserted()
                + " updated=" + written.updated() + " unchanged=" + written.unchanged() + ") stillFailing="
                + (stillFailing.isEmpty() ? "0" : stillFailing.toString());
        context.log().line("replay {}: {}", request, summary);
        return summary;
    }

    private record Outcome(List<Long> replayedIds, List<QuarantinedPayload> stillFailing, OrderWriteResult written) {
    }

    private Outcome replay(List<RawPayloadRow> batch, StatusMapping statuses) {
        List<UnifiedOrder> orders = new ArrayList<>();
        List<Long> replayedIds = new ArrayList<>();
        List<QuarantinedPayload> stillFailing = new ArrayList<>();
        for (RawPayloadRow row : batch) {
            if (!RawOrder.QUARANTINE_KIND.equals(row.kind)) {
                continue;
            }
            Channel channel = Channel.valueOf(row.channel);
            String body = QuarantineStore.body(row);
            try {
                JsonNode json = ChannelHttp.JSON.readTree(body);
                orders.add(adapters.of(channel).map(row.shopId, new RawOrder(row.platformOrderId, json), statuses));
                replayedIds.add(row.id);
            } catch (MappingFailure failure) {
                stillFailing.add(new QuarantinedPayload(channel, row.shopId, row.kind, row.platformOrderId, body,
                        failure.reason(), failure.field(), failure.getMessage()));
            } catch (JacksonException e) {
                stillFailing.add(new QuarantinedPayload(channel, row.shopId, row.kind, row.platformOrderId, body,
                        QuarantineReason.MALFORMED_PAYLOAD, null, e.getOriginalMessage()));
            }
        }
        OrderWriteResult written = tx.execute(status -> {
            OrderWriteResult result = writer.write(orders, StatusSource.PULL);
            store.markReplayed(replayedIds);
            store.keep(stillFailing);
            return result;
        });
        return new Outcome(replayedIds, stillFailing, written);
    }
}
