package io.orderhub.sync.hold;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The {@code orderHoldDecision} job parameter: an operator releases or rejects an order a freeze rule holds, e.g.
 * {@code {"orderNo":"TB3301…","decision":"release","operator":"li.wei","reason":"buyer verified by phone"}}.
 */
public record HoldDecisionRequest(@NotBlank @Size(max = 80) String orderNo, @NotBlank String decision,
        @NotBlank @Size(max = 64) String operator, @NotBlank @Size(max = 512) String reason) {
}
