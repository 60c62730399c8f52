package io.orderhub.common.persistence;

import java.time.LocalDateTime;

/** A row of {@code order_event_outbox} as the write path appends it (publishing state starts empty). */
final class OrderEventRow {
    String eventId;
    String channel;
    String shopId;
    String platformOrderId;
    String orderNo;
    String statusBefore;
    String statusAfter;
    String source;
    LocalDateTime occurredAt;
    String payload;
    LocalDateTime createdAt;
}
