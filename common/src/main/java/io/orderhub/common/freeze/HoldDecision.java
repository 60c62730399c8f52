package io.orderhub.common.freeze;

import java.util.Locale;

/** An operator's decision on a held order: fulfil it after all, or not. */
public enum HoldDecision {
    RELEASE("RELEASED"),
    REJECT("REJECTED");

    private final String freezeState;

    HoldDecision(String freezeState) {
        this.freezeState = freezeState;
    }

    /** The order's {@code freeze_state} after the decision. */
    public String freezeState() {
        return freezeState;
    }

    /** {@code release} or {@code reject}, any case; a clear error naming the field otherwise. */
    public static HoldDecision parse(String text) {
        if (text != null) {
            for (HoldDecision d : values()) {
                if (d.name().equals(text.toUpperCase(Locale.ROOT))) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException("decision: expected 'release' or 'reject', got '" + text + "'");
    }
}
