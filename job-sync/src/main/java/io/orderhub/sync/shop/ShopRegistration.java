package io.orderhub.sync.shop;

import io.orderhub.common.order.Channel;
import java.time.LocalDateTime;

/**
 * A shop as an operator registers it in {@code channel_shop}: secrets only as references ({@code env:NAME}), never
 * their values; {@code syncStartAt} is where its first run begins (GMT+8 wall clock, null = the initial look-back).
 */
public record ShopRegistration(Channel channel, String shopId, String displayName, String appKey,
        String appSecretRef, String accessTokenRef, String apiBaseUrl, int syncPageSize, int syncOverlapSeconds,
        LocalDateTime syncStartAt) {
}
