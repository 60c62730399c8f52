package io.orderhub.common.persistence;

/** What one batch write did: new orders, orders moved to a newer version, and versions that were not newer. */
public record OrderWriteResult(int inserted, int updated, int unchanged, int statusChanges) {

    public static final OrderWriteResult NONE = new OrderWriteResult(0, 0, 0, 0);

    public OrderWriteResult plus(OrderWriteResult other) {
        return new OrderWriteResult(inserted + other.inserted, updated + other.updated,
                unchanged + other.unchanged, statusChanges + other.statusChanges);
    }
}
