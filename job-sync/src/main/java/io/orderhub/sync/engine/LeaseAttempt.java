package io.orderhub.sync.engine;

import java.time.OffsetDateTime;

/** What asking for a shop's lease gave: the lease, or who holds it and until when. */
public sealed interface LeaseAttempt permits ShopLease, LeaseAttempt.HeldElsewhere {

    /**
     * Another executor holds the shop. {@code holder} is its executor id and run ({@code pid@host/run}); the expiry
     * carries the zone the lease was written in, for the operator who reads it.
     */
    record HeldElsewhere(String holder, OffsetDateTime expiresAt) implements LeaseAttempt {

        /** The phrase the admin log and {@code sync_run.failure_detail} show. */
        public String describe() {
            return "held by " + (holder == null ? "(released meanwhile)" : holder) + " until " + expiresAt;
        }
    }
}
