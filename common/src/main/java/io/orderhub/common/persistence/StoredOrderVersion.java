package io.orderhub.common.persistence;

import java.time.LocalDateTime;

/** What the writer needs to know about an order already stored: enough to classify an incoming version. */
public record StoredOrderVersion(String orderNo, String status, LocalDateTime platformModifiedAt) {
}
