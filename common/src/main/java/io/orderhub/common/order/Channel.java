package io.orderhub.common.order;

/** The sales platforms we pull orders from. The code prefixes our internal order number. */
public enum Channel {
    TAOBAO("TB"),
    JD("JD"),
    DOUYIN("DY"),
    PDD("PD");

    private final String orderNoPrefix;

    Channel(String orderNoPrefix) {
        this.orderNoPrefix = orderNoPrefix;
    }

    /**
     * Our internal order number: deterministic, so a replayed or duplicated payload lands on the same row and
     * child rows can be written without first reading back generated ids. Platform order ids are unique per
     * platform, so the prefix alone keeps them apart.
     */
    public String orderNo(String platformOrderId) {
        return orderNoPrefix + platformOrderId;
    }
}
