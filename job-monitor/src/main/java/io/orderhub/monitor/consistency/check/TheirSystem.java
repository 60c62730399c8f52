package io.orderhub.monitor.consistency.check;

/** The system whose record differs from ours ({@code OURS}: our own order does not add up). */
public enum TheirSystem {
    CHANNEL,
    GATEWAY,
    LEDGER,
    ERP,
    WMS,
    OURS
}
