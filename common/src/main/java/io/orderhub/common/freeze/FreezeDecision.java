package io.orderhub.common.freeze;

import io.orderhub.common.order.StatusSource;
import java.time.LocalDateTime;

/** One row of {@code freeze_decision}: a rule matched an order as it entered PAID (held, or would be in dry run). */
public record FreezeDecision(String orderNo, String channel, String shopId, String rule, String reason, boolean dryRun,
        StatusSource source, LocalDateTime decidedAt) {
}
