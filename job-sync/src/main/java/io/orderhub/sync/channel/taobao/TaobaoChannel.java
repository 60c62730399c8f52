package io.orderhub.sync.channel.taobao;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.ChannelPlugin;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.channel.http.PlatformErrorDetector;
import io.orderhub.sync.channel.http.RequestSigner;
import io.orderhub.sync.config.SyncProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Taobao/Tmall's contribution to the sync: TOP signing, TOP errors, the TOP adapter. */
@Component
public final class TaobaoChannel implements ChannelPlugin {

    private final TaobaoSigner.Method signMethod;

    @Autowired
    public TaobaoChannel(SyncProperties properties) {
        this(properties.taobaoSignMethod());
    }

    public TaobaoChannel(TaobaoSigner.Method signMethod) {
        this.signMethod = signMethod;
    }

    @Override
    public Channel channel() {
        return Channel.TAOBAO;
    }

    @Override
    public RequestSigner signer() {
        return new TaobaoSigner(signMethod);
    }

    @Override
    public PlatformErrorDetector errors() {
        return new TaobaoErrors();
    }

    @Override
    public ChannelAdapter adapter(ChannelHttp http) {
        return new TaobaoAdapter(http);
    }
}
