package io.orderhub.sync.inbox;

import io.orderhub.common.order.Channel;
import java.time.LocalDateTime;
import java.util.List;

/** Which stored messages a replay looks at; empty lists mean "any". */
public record InboxFilter(List<InboxState> states, List<InboxSource> sources, List<Channel> channels,
        List<String> shops, List<String> reasons, LocalDateTime from, LocalDateTime to) {

    public InboxFilter {
        states = List.copyOf(states);
        sources = List.copyOf(sources);
        channels = List.copyOf(channels);
        shops = List.copyOf(shops);
        reasons = List.copyOf(reasons);
    }
}
