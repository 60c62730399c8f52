package io.orderhub.sync.channel.taobao;

import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.inbox.ApplyOutcome;
import io.orderhub.sync.inbox.FormBody;
import io.orderhub.sync.inbox.InboxReason;
import io.orderhub.sync.inbox.InboxRow;
import io.orderhub.sync.inbox.InboxSource;
import io.orderhub.sync.inbox.MessageApplier;
import io.orderhub.sync.status.StatusMappingTable;
import io.orderhub.sync.status.StatusMappings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A verified Taobao push carries the whole trade (as {@code taobao.trade.fullinfo.get} returns it): mapped like a
 * pulled order and written through the same idempotent writer, so an out-of-order push (older modified time)
 * never moves the order backwards and a push and a pull of the same version are one write.
 */
@Component
public class TaobaoPushApplier implements MessageApplier {

    private final TaobaoOrderMapper mapper = new TaobaoOrderMapper();
    private final JsonMapper json = JsonMapper.builder().build();
    private final OrderWriter writer;
    private final StatusMappings statusMappings;

    public TaobaoPushApplier(OrderWriter writer, StatusMappings statusMappings) {
        this.writer = writer;
        this.statusMappings = statusMappings;
    }

    @Override
    public Set<InboxSource> sources() {
        return Set.of(InboxSource.TAOBAO_PUSH);
    }

    @Override
    public Map<Long, ApplyOutcome> apply(List<InboxRow> rows) {
        StatusMappingTable statuses = statusMappings.current();
        Map<Long, ApplyOutcome> outcomes = new HashMap<>();
        List<UnifiedOrder> orders = new ArrayList<>(rows.size());
        List<Long> mapped = new ArrayList<>(rows.size());
        for (InboxRow row : rows) {
            try {
                JsonNode trade = json.readTree(FormBody.parse(row.body()).get("content")).path("trade");
                if (!trade.isObject()) {
                    outcomes.put(row.id(), ApplyOutcome.refused(InboxReason.MALFORMED, "content.trade: missing"));
                    continue;
                }
                String tid = trade.hasNonNull("tid_str") ? trade.get("tid_str").asString() : trade.path("tid").asString();
                orders.add(mapper.map(row.shopId(), new RawOrder(tid, trade), statuses));
                mapped.add(row.id());
            } catch (MappingFailure failure) {
                outcomes.put(row.id(), ApplyOutcome.refused(InboxReason.MAPPING_FAILED,
                        failure.reason() + " at " + failure.field() + ": " + failure.getMessage()));
            } catch (JacksonException | IllegalArgumentException e) {
                outcomes.put(row.id(), ApplyOutcome.refused(InboxReason.MALFORMED, "content: " + e.getMessage()));
            }
        }
        var written = writer.write(orders, StatusSource.CALLBACK);
        String note = "batch: " + written;
        mapped.forEach(id -> outcomes.put(id, ApplyOutcome.applied(note)));
        return outcomes;
    }
}
