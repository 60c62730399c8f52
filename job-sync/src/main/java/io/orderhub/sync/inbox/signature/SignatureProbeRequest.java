package io.orderhub.sync.inbox.signature;

import java.util.List;

/** The {@code signatureProbe} job parameter (optional): {@code {"shops":["1001"]}} narrows a run; empty = every shop. */
public record SignatureProbeRequest(List<String> shops) {

    public SignatureProbeRequest {
        shops = shops == null ? List.of() : List.copyOf(shops);
    }
}
