package io.orderhub.sync.events;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the broker said about one batch: outbox ids it confirmed, and the ones it did not with the reason.
 *
 * @param nacked     those of {@code failed} the broker refused (a nack: the event's own failure, e.g. a queue that
 *                   rejects it), as opposed to a timeout or a lost connection
 * @param brokerLost the channel or connection is gone (or blocked): later batches would fail the same way
 */
record PublishOutcome(List<Long> confirmed, Map<Long, String> failed, Set<Long> nacked, boolean brokerLost) {
}
