package io.orderhub.report.download;

/**
 * A download or index request without valid credentials (answered 403). The message says why, for the log and the
 * person holding the link; it never contains the token, the key or the signature.
 */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String reason) {
        super(reason, null, false, false);
    }
}
