package io.orderhub.sync.channel.http;

import io.orderhub.sync.channel.ShopCredentials;
import io.orderhub.sync.channel.ShopSession;

/**
 * The tag every platform request carries: which shop calls which API. The interceptors read it to sign the
 * request, pace it per app and API, and count retries and waits for the run log.
 */
public record ApiCall(ShopCredentials shop, String api, CallStats stats) {

    public ApiCall(ShopSession session, String api) {
        this(session.credentials(), api, session.stats());
    }

    public PacingKey pacingKey() {
        return new PacingKey(shop.channel(), shop.appKey(), api);
    }
}
