package io.orderhub.sync.channel;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.channel.http.PlatformErrorDetector;
import io.orderhub.sync.channel.http.RequestSigner;

/**
 * What one platform package contributes: its signer and error detector for the shared HTTP client, and its
 * adapter on top of that client. A Spring bean per platform; adding a platform means adding one of these.
 */
public interface ChannelPlugin {

    Channel channel();

    RequestSigner signer();

    PlatformErrorDetector errors();

    ChannelAdapter adapter(ChannelHttp http);
}
