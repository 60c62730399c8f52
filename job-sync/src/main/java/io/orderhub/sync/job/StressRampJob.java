package io.orderhub.sync.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.sync.stress.StressRamp;
import io.orderhub.sync.stress.StressTestRequest;
import org.springframework.stereotype.Component;

/**
 * XXL-JOB handler {@code orderStressTest}: the peak pressure test against a channel sandbox (staging only). The
 * handler keeps its old name so the job configurations in the admin keep working.
 */
@Component
public class StressRampJob {

    private final XxlJobBridge bridge;
    private final StressRamp stressRamp;

    public StressRampJob(XxlJobBridge bridge, StressRamp stressRamp) {
        this.bridge = bridge;
        this.stressRamp = stressRamp;
    }

    @XxlJob("orderStressTest")
    public void orderStressTest() {
        bridge.run(StressTestRequest.class, stressRamp::run);
    }
}
