package io.orderhub.common.order;

import java.util.Collection;

/** Refund state of an order or of one of its lines. */
public enum RefundState {
    NONE,
    REQUESTED,
    PARTIAL,
    REFUNDED;

    /**
     * The order's refund state from its lines: all refunded → REFUNDED, some refunded → PARTIAL, otherwise any
     * requested → REQUESTED, otherwise NONE.
     */
    public static RefundState ofLines(Collection<RefundState> lineStates) {
        if (lineStates.isEmpty()) {
            return NONE;
        }
        long refunded = lineStates.stream().filter(s -> s == REFUNDED).count();
        if (refunded == lineStates.size()) {
            return REFUNDED;
        }
        if (refunded > 0 || lineStates.contains(PARTIAL)) {
            return PARTIAL;
        }
        return lineStates.contains(REQUESTED) ? REQUESTED : NONE;
    }
}
