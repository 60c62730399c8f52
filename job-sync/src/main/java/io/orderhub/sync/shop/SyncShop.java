package io.orderhub.sync.shop;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.ShopCredentials;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A shop ready to sync: resolved credentials and its own sync settings.
 *
 * @param syncStartAt where the very first run starts, when set (otherwise the configured initial look-back)
 */
public record SyncShop(ShopCredentials credentials, int pageSize, Duration overlap, LocalDateTime syncStartAt) {

    public Channel channel() {
        return credentials.channel();
    }

    public String shopId() {
        return credentials.shopId();
    }

    public String label() {
        return credentials.label();
    }
}
