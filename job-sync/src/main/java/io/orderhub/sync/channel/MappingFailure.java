package io.orderhub.sync.channel;

import io.orderhub.common.quarantine.QuarantineReason;

/** A raw order that cannot be mapped: the reason and the failing field go with it into quarantine. */
public class MappingFailure extends RuntimeException {

    private final QuarantineReason reason;
    private final String field;

    public MappingFailure(QuarantineReason reason, String field, String detail) {
        super(field + ": " + detail);
        this.reason = reason;
        this.field = field;
    }

    public QuarantineReason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
