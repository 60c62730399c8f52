package io.orderhub.sandbox;

/** The four simulated platforms, named as in the unified model. */
public enum Channel {
    TAOBAO("TB"), JD("JD"), DOUYIN("DY"), PDD("PDD");

    private final String prefix;

    Channel(String prefix) {
        this.prefix = prefix;
    }

    /** Short prefix used in generated shop ids and SKUs. */
    public String prefix() {
        return prefix;
    }
}
