package io.orderhub.common.order;

/** Where a status change came from, as recorded in the order's status history. */
public enum StatusSource {
    PULL,
    CALLBACK,
    RECONCILE,
    MANUAL
}
