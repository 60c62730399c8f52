package io.orderhub.monitor.consistency;

import io.orderhub.common.order.Channel;
import io.orderhub.monitor.consistency.check.CheckName;
import io.orderhub.monitor.consistency.check.OrderScope;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code consistencyCheck} job parameter, e.g.
 * {@code {"checks":["AMOUNT","REFUND"],"channels":["JD"],"shops":["2001"],"from":"2026-11-01T00:00:00",
 * "to":"2026-11-12T00:00:00"}}. Empty lists mean all; {@code from}/{@code to} bound the orders' creation time (GMT+8).
 * An unknown check or channel is refused by the parser, naming the field.
 */
public record ConsistencyCheckRequest(List<CheckName> checks, List<Channel> channels,
        @Size(max = 1000) List<@NotBlank @Size(max = 64) String> shops, LocalDateTime from, LocalDateTime to) {

    public ConsistencyCheckRequest {
        checks = checks == null ? List.of() : List.copyOf(checks);
        channels = channels == null ? List.of() : List.copyOf(channels);
        shops = shops == null ? List.of() : shops.stream().map(s -> s == null ? null : s.trim()).toList();
    }

    public static ConsistencyCheckRequest all() {
        return new ConsistencyCheckRequest(List.of(), List.of(), List.of(), null, null);
    }

    @AssertTrue(message = "'to' must be after 'from'")
    public boolean isTo() {
        return from == null || to == null || to.isAfter(from);
    }

    public Set<CheckName> checkNames() {
        return checks.isEmpty() ? EnumSet.allOf(CheckName.class) : EnumSet.copyOf(checks);
    }

    public OrderScope scope() {
        return new OrderScope(channels.stream().map(Enum::name).toList(), shops, from, to);
    }
}
