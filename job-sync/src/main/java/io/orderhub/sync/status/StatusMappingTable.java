package io.orderhub.sync.status;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.RefundState;
import io.orderhub.sync.channel.StatusMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of {@code status_mapping}: channel rows first, then the {@code *} rows that apply to every channel.
 * Taken once per run, so an operator's edit applies from the next run on, without a rebuild.
 */
public final class StatusMappingTable implements StatusMapping {

    static final String ANY_CHANNEL = "*";

    private final Map<String, Mapped> orderStatuses = new HashMap<>();
    private final Map<String, RefundState> refundStates = new HashMap<>();

    public StatusMappingTable(List<StatusMappingRow> rows) {
        for (StatusMappingRow row : rows) {
            String key = key(row.channel, row.platformValue);
            switch (row.kind) {
                case "ORDER" -> orderStatuses.put(key, new Mapped(OrderStatus.valueOf(row.unifiedValue), row.onHold));
                case "REFUND" -> refundStates.put(key, RefundState.valueOf(row.unifiedValue));
                default -> throw new IllegalStateException("status_mapping row " + row.id + ": kind '" + row.kind
                        + "' is neither ORDER nor REFUND");
            }
        }
    }

    @Override
    public Optional<Mapped> orderStatus(Channel channel, String platformStatus) {
        return Optional.ofNullable(orderStatuses.getOrDefault(key(channel.name(), platformStatus),
                orderStatuses.get(key(ANY_CHANNEL, platformStatus))));
    }

    @Override
    public Optional<RefundState> refundState(Channel channel, String platformRefundStatus) {
        return Optional.ofNullable(refundStates.getOrDefault(key(channel.name(), platformRefundStatus),
                refundStates.get(key(ANY_CHANNEL, platformRefundStatus))));
    }

    private static String key(String channel, String value) {
        return channel + "\u0000" + (value == null ? "" : value.strip());
    }
}
