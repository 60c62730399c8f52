package io.orderhub.common.http;

import java.io.IOException;

/** A redirect the client will not follow: no usable Location, too many hops, or a private target not allowed. */
public final class RedirectRefusedException extends IOException {

    public RedirectRefusedException(String message) {
        super(message);
    }
}
