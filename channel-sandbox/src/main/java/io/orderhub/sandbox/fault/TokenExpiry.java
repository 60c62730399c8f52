package io.orderhub.sandbox.fault;

import io.orderhub.sandbox.Channel;
import java.time.Instant;

/** From {@code at} (server wall clock) on, the shop's access token is reported as expired. */
public record TokenExpiry(Channel channel, String shopId, Instant at) {
}
