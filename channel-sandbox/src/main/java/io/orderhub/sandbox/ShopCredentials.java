package io.orderhub.sandbox;

/** What an adapter needs to call the sandbox for one shop. All shops of a channel share one app (as an ISV does). */
public record ShopCredentials(Channel channel, String shopId, String appKey, String appSecret, String accessToken) {
    @Override
    public String toString() {
        return "ShopCredentials[" + channel + ", " + shopId + ", appKey=" + appKey + "]";
    }
}
