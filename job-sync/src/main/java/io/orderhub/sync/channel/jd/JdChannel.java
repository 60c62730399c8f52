package io.orderhub.sync.channel.jd;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.AbstractChannelPlugin;
import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.channel.http.Pacing;
import io.orderhub.sync.channel.http.PlatformErrorDetector;
import io.orderhub.sync.channel.http.RequestSigner;
import org.springframework.stereotype.Component;

/**
 * JD's contribution to the sync: JOS MD5 signing, JOS errors, the POP order adapter. Pacing: ~10 calls/s cited for
 * order search.
 */
@Component
public final class JdChannel extends AbstractChannelPlugin {

    public JdChannel() {
        super(Channel.JD, "https://api.jd.com/", new Pacing.Limit(10, 5));
    }

    @Override
    public RequestSigner signer() {
        return new JdSigner();
    }

    @Override
    public PlatformErrorDetector errors() {
        return new JdErrors();
    }

    @Override
    public ChannelAdapter adapter(ChannelHttp http) {
        return new JdAdapter(http);
    }
}
