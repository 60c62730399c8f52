package io.orderhub.sync.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.freeze.FreezeHoldDecisions;
import io.orderhub.common.freeze.HoldDecision;
import io.orderhub.common.freeze.HoldDecisionRefusedException;
import io.orderhub.common.freeze.HoldDecisionResult;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.sync.hold.HoldDecisionRequest;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code orderHoldDecision}: an operator releases or rejects an order held by a freeze rule. */
@Component
public class HoldDecisionJob {

    private final XxlJobBridge bridge;
    private final FreezeHoldDecisions decisions;

    public HoldDecisionJob(XxlJobBridge bridge, FreezeHoldDecisions decisions) {
        this.bridge = bridge;
        this.decisions = decisions;
    }

    @XxlJob("orderHoldDecision")
    public void orderHoldDecision() {
        bridge.run(HoldDecisionRequest.class, (request, context) -> {
            try {
                HoldDecisionResult result = decisions.decide(request.orderNo(),
                        HoldDecision.parse(request.decision()), request.operator(), request.reason());
                return "order " + result.orderNo() + " " + result.freezeState() + " by " + result.operator()
                        + " (rule " + result.rule() + ")";
            } catch (HoldDecisionRefusedException e) {
                throw new JobFailure(e.reason().name(), e.getMessage(), false);
            } catch (IllegalArgumentException e) {
                throw new JobFailure("INVALID_PARAMETER", e.getMessage(), false);
            }
        });
    }
}
