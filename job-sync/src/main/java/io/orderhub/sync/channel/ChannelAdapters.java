package io.orderhub.sync.channel;

import io.orderhub.common.order.Channel;
import java.util.Map;

/** The adapters this executor has, by channel. */
public final class ChannelAdapters {

    private final Map<Channel, ChannelAdapter> adapters;

    public ChannelAdapters(Map<Channel, ChannelAdapter> adapters) {
        this.adapters = Map.copyOf(adapters);
    }

    public ChannelAdapter of(Channel channel) {
        ChannelAdapter adapter = adapters.get(channel);
        if (adapter == null) {
            throw new IllegalArgumentException("no adapter for channel " + channel + "; available: " + adapters.keySet());
        }
        return adapter;
    }
}
