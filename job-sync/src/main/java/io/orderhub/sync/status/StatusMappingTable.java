package io.orderhub.sync.status;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.RefundState;
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

    /** Channel name (or {@value #ANY_CHANNEL}) → platform value → unified value. Looked up per order and line. */
    private final Map<String, Map<String, Mapped>> orderStatuses = new HashMap<>();
    private final Map<String, Map<String, RefundState>> refundStates = new HashMap<>();

    public StatusMappingTable(List<StatusMappingRow> rows) {
        for (StatusMappingRow row : rows) {
            String value = normalized(row.platformValue);
            switch (row.kind) {
                case "ORDER" -> orderStatuses.computeIfAbsent(row.channel, c -> new HashMap<>())
                        .put(value, new Mapped(OrderStatus.valueOf(row.unifiedValue), row.onHold));
                case "REFUND" -> refundStates.computeIfAbsent(row.channel, c -> new HashMap<>())
                        .put(value, RefundState.valueOf(row.unifiedValue));
                default -> throw new IllegalStateException("status_mapping row " + row.id + ": kind '" + row.kind
                        + "' is neither ORDER nor REFUND");
            }
        }
    }

    @Override
    public Optional<Mapped> orderStatus(Channel channel, String platformStatus) {
        return Optional.ofNullable(lookup(orderStatuses, channel, platformStatus));
    }

    @Override
    public Optional<RefundState> refundState(Channel channel, String platformRefundStatus) {
        return Optional.ofNullable(lookup(refundStates, channel, platformRefundStatus));
    }

    /** The channel's own row first, then the one for every channel. */
    private static <T> T lookup(Map<String, Map<String, T>> table, Channel channel, String platformValue) {
        String value = normalized(platformValue);
        T own = table.getOrDefault(channel.name(), Map.of()).get(value);
        return own != null ? own : table.getOrDefault(ANY_CHANNEL, Map.of()).get(value);
    }

    private static String normalized(String value) {
        return value == null ? "" : value.strip();
    }
}
