package io.orderhub.sync.channel.douyin;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.AbstractChannelPlugin;
import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.channel.http.Pacing;
import io.orderhub.sync.channel.http.PlatformErrorDetector;
import io.orderhub.sync.channel.http.RequestSigner;
import org.springframework.stereotype.Component;

/**
 * Douyin shop's (抖店) contribution to the sync: HMAC-SHA256 signing, 抖店 errors, the shop order adapter. Pacing:
 * per-API QPS limits around 20 for small apps.
 */
@Component
public final class DouyinChannel extends AbstractChannelPlugin {

    public DouyinChannel() {
        super(Channel.DOUYIN, "https://openapi-fxg.jinritemai.com/", new Pacing.Limit(20, 10));
    }

    @Override
    public RequestSigner signer() {
        return new DouyinSigner();
    }

    @Override
    public PlatformErrorDetector errors() {
        return new DouyinErrors();
    }

    @Override
    public ChannelAdapter adapter(ChannelHttp http) {
        return new DouyinAdapter(http);
    }
}
