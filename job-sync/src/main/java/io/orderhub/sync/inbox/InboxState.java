package io.orderhub.sync.inbox;

/** Where a stored message stands. Nothing is ever deleted: every state keeps the raw message. */
public enum InboxState {
    /** Failed verification: kept as evidence and as the backlog that {@code inboxReplay} re-verifies. */
    HELD,
    /** Verified, waiting for {@code inboxDrain} (again after a failed attempt, at {@code next_attempt_at}). */
    VERIFIED,
    /** Applied to the order (or found to change nothing). */
    APPLIED,
    /** Verified but could not be applied within the attempts; the reason says why; replayable. */
    DEAD,
    /** A verified copy of the same message already exists (a sender's retry or a replay). */
    DUPLICATE
}
