package io.orderhub.common.freeze;

import java.time.LocalDateTime;

/** What an operator's decision did: the order, its rule, its freeze state now, and when (GMT+8 wall clock). */
public record HoldDecisionResult(String orderNo, String rule, String freezeState, String operator, LocalDateTime at) {
}
