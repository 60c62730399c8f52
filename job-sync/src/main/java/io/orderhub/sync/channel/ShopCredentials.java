package io.orderhub.sync.channel;

import io.orderhub.common.order.Channel;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * A shop's resolved credentials for one call. {@link #toString()} never shows the secret or the token, so this
 * value can appear in logs and exceptions safely.
 *
 * @param gateway the platform's API host (a sandbox in tests)
 */
public record ShopCredentials(Channel channel, String shopId, String appKey, String appSecret, String accessToken,
        HttpUrl gateway) {

    public ShopCredentials {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(appKey, "appKey");
        Objects.requireNonNull(appSecret, "appSecret");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(gateway, "gateway");
    }

    public String label() {
        return channel + "/" + shopId;
    }

    @Override
    public String toString() {
        return "ShopCredentials[" + label() + ", appKey=" + appKey + ", gateway=" + gateway + ", secret=***, token=***]";
    }
}
