package io.orderhub.sync.channel.taobao;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.AbstractChannelPlugin;
import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.channel.http.Pacing;
import io.orderhub.sync.channel.http.PlatformErrorDetector;
import io.orderhub.sync.channel.http.RequestSigner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Taobao/Tmall's contribution to the sync: TOP signing, TOP errors, the TOP adapter. Pacing: apps start around a
 * few thousand calls per minute.
 */
@Component
@EnableConfigurationProperties(TaobaoSyncProperties.class)
public final class TaobaoChannel extends AbstractChannelPlugin {

    private final TaobaoSigner.Method signMethod;

    @Autowired
    public TaobaoChannel(TaobaoSyncProperties properties) {
        this(properties.taobaoSignMethod());
    }

    public TaobaoChannel(TaobaoSigner.Method signMethod) {
        super(Channel.TAOBAO, "https://eco.taobao.com/", new Pacing.Limit(40, 20));
        this.signMethod = signMethod;
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
