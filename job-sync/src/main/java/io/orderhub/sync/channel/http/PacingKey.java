package io.orderhub.sync.channel.http;

import io.orderhub.common.order.Channel;

/** Platforms limit calls per app and per API: all shops of one app share a bucket on this executor. */
public record PacingKey(Channel channel, String appKey, String api) {
}
