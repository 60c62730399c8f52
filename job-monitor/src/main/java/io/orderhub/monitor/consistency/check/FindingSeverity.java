package io.orderhub.monitor.consistency.check;

import io.orderhub.common.alert.Severity;

/** How much a finding matters; money and goods that left without a record are HIGH. */
public enum FindingSeverity {
    LOW(Severity.INFO),
    MEDIUM(Severity.WARNING),
    HIGH(Severity.CRITICAL);

    private final Severity alertSeverity;

    FindingSeverity(Severity alertSeverity) {
        this.alertSeverity = alertSeverity;
    }

    /** The alert severity of a summary alert about findings of this severity. */
    public Severity alertSeverity() {
        return alertSeverity;
    }
}
