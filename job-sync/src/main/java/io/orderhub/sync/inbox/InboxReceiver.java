package io.orderhub.sync.inbox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Verifies and stores one received message. The store is the acknowledgement: the HTTP layer answers the sender
 * only after this returns, so a crash before the answer makes the sender retry, and the retry is de-duplicated.
 */
@Component
public class InboxReceiver {

    private static final Logger log = LoggerFactory.getLogger(InboxReceiver.class);

    private final Map<InboxSource, MessageVerifier> verifiers = new EnumMap<>(InboxSource.class);
    private final InboxStore store;
    private final Clock clock;

    public InboxReceiver(List<MessageVerifier> verifiers, InboxStore store, Clock clock) {
        verifiers.forEach(v -> this.verifiers.put(v.source(), v));
        this.store = store;
        this.clock = clock;
    }

    public InboxStore.Stored receive(InboxSource source, String target, Map<String, String> headers, String body) {
        InboundMessage message = new InboundMessage(source, target, headers, body, LocalDateTime.now(clock));
        InboxStore.Stored stored = store.store(message, verify(message));
        if (stored.state() == InboxState.HELD) {
            log.warn("inbox#{} {} for {} held", stored.id(), source, target);
        }
        return stored;
    }

    /** Stores a request that was refused before verification (e.g. too large), with what was read of it. */
    public InboxStore.Stored refuse(InboxSource source, String target, Map<String, String> headers, String bodyPrefix,
            InboxReason reason, String detail) {
        InboundMessage message = new InboundMessage(source, target, headers, bodyPrefix, LocalDateTime.now(clock));
        return store.store(message, Verdict.held(null, null, null, null, null, reason, detail));
    }

    /** Verifies a message as the current configuration says; a verifier bug is a held message, not a lost one. */
    public Verdict verify(InboundMessage message) {
        MessageVerifier verifier = verifiers.get(message.source());
        if (verifier == null) {
            return Verdict.held(null, null, null, null, null, InboxReason.UNKNOWN_GATEWAY,
                    "no verifier for source " + message.source());
        }
        try {
            return verifier.verify(message);
        } catch (RuntimeException e) {
            return Verdict.held(null, null, null, null, null, InboxReason.MALFORMED,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
