package io.orderhub.sandbox.push;

import java.time.Instant;

/**
 * Renders and signs one attempt of a message (timestamps and signatures are per attempt, the message id and the
 * content are not), and tells whether the receiver's answer acknowledges it.
 */
public interface MessageComposer {

    WireRequest compose(OutboundMessage message, Instant sentAt);

    boolean acknowledges(int httpStatus, String responseBody);
}
