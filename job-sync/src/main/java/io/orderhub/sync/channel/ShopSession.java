package io.orderhub.sync.channel;

import io.orderhub.sync.channel.http.CallStats;

/** One shop's run against its platform: the credentials to call with and the counters the calls fill. */
public record ShopSession(ShopCredentials credentials, CallStats stats) {

    public static ShopSession of(ShopCredentials credentials) {
        return new ShopSession(credentials, new CallStats());
    }

    public String label() {
        return credentials.label();
    }
}
