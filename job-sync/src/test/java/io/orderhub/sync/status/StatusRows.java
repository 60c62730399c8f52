package io.orderhub.sync.status;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.RefundState;
import java.util.ArrayList;
import java.util.List;

/** Rows of {@code status_mapping} written by hand for unit tests, read through the production table. */
public final class StatusRows {

    private final List<StatusMappingRow> rows = new ArrayList<>();

    public StatusRows order(Channel channel, String platform, OrderStatus status, boolean onHold) {
        return add(channel, "ORDER", platform, status.name(), onHold);
    }

    public StatusRows order(Channel channel, String platform, OrderStatus status) {
        return order(channel, platform, status, false);
    }

    public StatusRows refund(Channel channel, String platform, RefundState state) {
        return add(channel, "REFUND", platform, state.name(), false);
    }

    public StatusMapping table() {
        return new StatusMappingTable(rows);
    }

    private StatusRows add(Channel channel, String kind, String platform, String unified, boolean onHold) {
        StatusMappingRow row = new StatusMappingRow();
        row.id = (long) rows.size() + 1;
        row.channel = channel.name();
        row.kind = kind;
        row.platformValue = platform;
        row.unifiedValue = unified;
        row.onHold = onHold;
        rows.add(row);
        return this;
    }
}
