package io.orderhub.sync.channel;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.channel.http.Pacing;
import io.orderhub.sync.channel.http.PlatformErrorDetector;
import io.orderhub.sync.channel.http.RequestSigner;
import okhttp3.HttpUrl;

/**
 * What one platform package contributes, and every fact about the platform the rest of the sync needs: its
 * production gateway, its default pacing, its signer and error detector for the shared HTTP client, and its adapter
 * on top of that client. A Spring bean per platform; adding a platform means adding one of these.
 */
public interface ChannelPlugin {

    Channel channel();

    /** The platform's production API host, for a shop without an {@code api_base_url} of its own. */
    HttpUrl productionGateway();

    /** Calls per second and burst when {@code oms.sync.pacing} names none for this channel. */
    Pacing.Limit defaultPacing();

    RequestSigner signer();

    PlatformErrorDetector errors();

    ChannelAdapter adapter(ChannelHttp http);
}
