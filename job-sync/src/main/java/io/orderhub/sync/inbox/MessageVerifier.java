package io.orderhub.sync.inbox;

/** Checks one source's messages: signature (constant time), freshness, sender identity. Never throws on bad input. */
public interface MessageVerifier {

    InboxSource source();

    Verdict verify(InboundMessage message);
}
