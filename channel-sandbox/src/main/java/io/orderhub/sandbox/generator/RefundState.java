package io.orderhub.sandbox.generator;

public enum RefundState {
    NONE, REQUESTED, PARTIAL, REFUNDED;

    /** Order refund state from line states, as docs/unified-model.md defines it. */
    public static RefundState ofLines(Iterable<RefundState> lines) {
        int count = 0;
        int refunded = 0;
        boolean requested = false;
        for (RefundState line : lines) {
            count++;
            if (line == REFUNDED) {
                refunded++;
            } else if (line == REQUESTED) {
                requested = true;
            }
        }
        if (count > 0 && refunded == count) {
            return REFUNDED;
        }
        if (refunded > 0) {
            return PARTIAL;
        }
        return requested ? REQUESTED : NONE;
    }
}
