package io.orderhub.sync.channel;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.http.Pacing;
import okhttp3.HttpUrl;

/** The platform facts every {@link ChannelPlugin} states, held as values; a platform adds its signer and adapter. */
public abstract class AbstractChannelPlugin implements ChannelPlugin {

    private final Channel channel;
    private final HttpUrl productionGateway;
    private final Pacing.Limit defaultPacing;

    protected AbstractChannelPlugin(Channel channel, String productionGateway, Pacing.Limit defaultPacing) {
        this.channel = channel;
        this.productionGateway = HttpUrl.get(productionGateway);
        this.defaultPacing = defaultPacing;
    }

    @Override
    public final Channel channel() {
        return channel;
    }

    @Override
    public final HttpUrl productionGateway() {
        return productionGateway;
    }

    @Override
    public final Pacing.Limit defaultPacing() {
        return defaultPacing;
    }
}
