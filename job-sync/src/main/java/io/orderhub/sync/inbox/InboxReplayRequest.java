package io.orderhub.sync.inbox;

import io.orderhub.common.order.Channel;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The {@code inboxReplay} job parameter, e.g. after switching a shop to HMAC-SHA256:
 * {@code {"channels":["TAOBAO"],"reasons":["SIGNATURE_MISMATCH"],"from":"2026-11-24T00:00:00"}}. States default to
 * HELD and DEAD; empty lists mean all; {@code from}/{@code to} narrow by the time we received the message.
 */
public record InboxReplayRequest(List<InboxState> states, List<InboxSource> sources, List<Channel> channels,
        List<String> shops, List<InboxReason> reasons, LocalDateTime from, LocalDateTime to,
        @Min(1) @Max(10_000_000) Integer limit) {

    public InboxReplayRequest {
        states = states == null || states.isEmpty() ? List.of(InboxState.HELD, InboxState.DEAD) : List.copyOf(states);
        sources = sources == null ? List.of() : List.copyOf(sources);
        channels = channels == null ? List.of() : List.copyOf(channels);
        shops = shops == null ? List.of() : List.copyOf(shops);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        limit = limit == null ? 1_000_000 : limit;
    }

    @AssertTrue(message = "'states' may only name HELD and DEAD: applied and duplicate messages are done")
    public boolean isStates() {
        return states.stream().allMatch(s -> s == InboxState.HELD || s == InboxState.DEAD);
    }

    @AssertTrue(message = "'to' must be after 'from'")
    public boolean isTo() {
        return from == null || to == null || to.isAfter(from);
    }

    InboxFilter filter() {
        return new InboxFilter(states, sources, channels, shops, reasons.stream().map(Enum::name).toList(), from, to);
    }
}
