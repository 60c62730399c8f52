package io.orderhub.report.download;

/** How a request proved it may read reports. */
public enum AccessGrant {
    BEARER_TOKEN("bearer token"),
    SIGNED_LINK("signed link");

    private final String label;

    AccessGrant(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
