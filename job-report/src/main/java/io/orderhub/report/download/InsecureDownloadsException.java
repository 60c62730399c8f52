package io.orderhub.report.download;

/** Start-up refused: report downloads would be protected by a missing or guessable secret. Never holds the secret. */
public class InsecureDownloadsException extends IllegalStateException {

    public InsecureDownloadsException(String message) {
        super(message);
    }
}
