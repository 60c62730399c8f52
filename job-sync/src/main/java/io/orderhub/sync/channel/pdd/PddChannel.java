package io.orderhub.sync.channel.pdd;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.AbstractChannelPlugin;
import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.channel.http.Pacing;
import io.orderhub.sync.channel.http.PlatformErrorDetector;
import io.orderhub.sync.channel.http.RequestSigner;
import org.springframework.stereotype.Component;

/**
 * Pinduoduo's contribution to the sync: MD5 signing, PDD errors, the incremental order adapter. Pacing is strict,
 * and a burst gets the app banned, so calls are spaced evenly (burst 1).
 */
@Component
public final class PddChannel extends AbstractChannelPlugin {

    public PddChannel() {
        super(Channel.PDD, "https://gw-api.pinduoduo.com/", new Pacing.Limit(5, 1));
    }

    @Override
    public RequestSigner signer() {
        return new PddSigner();
    }

    @Override
    public PlatformErrorDetector errors() {
        return new PddErrors();
    }

    @Override
    public ChannelAdapter adapter(ChannelHttp http) {
        return new PddAdapter(http);
    }
}
