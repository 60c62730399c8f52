package io.orderhub.sync.events;

import java.util.List;
import java.util.Map;

/**
 * What the broker said about one batch: outbox ids it confirmed, and the ones it did not with the reason.
 *
 * @param brokerLost the channel or connection is gone (or blocked): later batches would fail the same way
 */
record PublishOutcome(List<Long> confirmed, Map<Long, String> failed, boolean brokerLost) {
}
