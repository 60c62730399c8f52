package io.orderhub.sync.channel.pdd;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.ChannelPlugin;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.channel.http.PlatformErrorDetector;
import io.orderhub.sync.channel.http.RequestSigner;
import org.springframework.stereotype.Component;

/** Pinduoduo's contribution to the sync: MD5 signing, PDD errors, the incremental order adapter. */
@Component
public final class PddChannel implements ChannelPlugin {

    @Override
    public Channel channel() {
        return Channel.PDD;
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
