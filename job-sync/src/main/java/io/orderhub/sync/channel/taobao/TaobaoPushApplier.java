package io.orderhub.sync.channel.taobao;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.quarantine.QuarantineStore;
import io.orderhub.common.quarantine.QuarantinedPayload;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.inbox.ApplyOutcome;
import io.orderhub.sync.inbox.InboxReason;
import io.orderhub.sync.inbox.InboxRow;
import io.orderhub.sync.inbox.InboxSource;
import io.orderhub.sync.inbox.MessageApplier;
import io.orderhub.sync.inbox.UrlEncodedForm;
import io.orderhub.sync.status.StatusMapping;
import io.orderhub.sync.status.StatusMappingReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A verified Taobao push carries the whole trade (as {@code taobao.trade.fullinfo.get} returns it): read with the
 * pull's JSON configuration, mapped like a pulled order and written through the same idempotent writer, so an
 * out-of-order push (older modified time) never moves the order backwards and a push and a pull of the same version
 * are one write. A trade that does not map (an unknown status, a bad field) goes to the same quarantine as a pulled
 * one, where {@code quarantineReplay} finds it after the fix; the push itself is then done.
 */
@Component
public class TaobaoPushApplier implements MessageApplier {

    private final TaobaoOrderMapper mapper = new TaobaoOrderMapper();
    private final OrderWriter writer;
    private final StatusMappingReader statusMappings;
    private final QuarantineStore quarantine;

    public TaobaoPushApplier(OrderWriter writer, StatusMappingReader statusMappings, QuarantineStore quarantine) {
        this.writer = writer;
        this.statusMappings = statusMappings;
        this.quarantine = quarantine;
    }

    @Override
    public Set<InboxSource> sources() {
        return Set.of(InboxSource.TAOBAO_PUSH);
    }

    @Override
    public Map<Long, ApplyOutcome> apply(List<InboxRow> rows) {
        StatusMapping statuses = statusMappings.current();
        Map<Long, ApplyOutcome> outcomes = new HashMap<>();
        List<UnifiedOrder> orders = new ArrayList<>(rows.size());
        List<Long> mapped = new ArrayList<>(rows.size());
        List<QuarantinedPayload> unmapped = new ArrayList<>();
        for (InboxRow row : rows) {
            RawOrder raw = null;
            try {
                JsonNode trade = ChannelHttp.JSON.readTree(UrlEncodedForm.parse(row.body()).get("content")).path("trade");
                if (!trade.isObject()) {
                    outcomes.put(row.id(), ApplyOutcome.refused(InboxReason.MALFORMED, "content.trade: missing"));
                    continue;
                }
                String tid = trade.hasNonNull("tid_str") ? trade.get("tid_str").asString() : trade.path("tid").asString();
                raw = new RawOrder(tid, trade);
                orders.add(mapper.map(row.shopId(), raw, statuses));
                mapped.add(row.id());
            } catch (MappingFailure failure) {
                unmapped.add(raw.quarantined(Channel.TAOBAO, row.shopId(), failure));
                outcomes.put(row.id(), ApplyOutcome.applied("quarantined: " + failure.reason() + " at "
                        + failure.field()));
            } catch (JacksonException | IllegalArgumentException e) {
                outcomes.put(row.id(), ApplyOutcome.refused(InboxReason.MALFORMED, "content: " + e.getMessage()));
            }
        }
        quarantine.keep(unmapped);
        var written = writer.write(orders, StatusSource.CALLBACK);
        String note = "batch: " + written;
        mapped.forEach(id -> outcomes.put(id, ApplyOutcome.applied(note)));
        return outcomes;
    }
}
