package io.orderhub.common.quarantine;

/** Life of a kept payload: quarantined until a replay processes it, or an operator discards it. */
public enum PayloadState {
    QUARANTINED,
    REPLAYED,
    DISCARDED
}
