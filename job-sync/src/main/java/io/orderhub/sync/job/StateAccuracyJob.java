package io.orderhub.sync.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.sync.accuracy.AccuracySampleRequest;
import io.orderhub.sync.accuracy.StateAccuracySampler;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code stateAccuracySample}: re-fetch a stratified sample of this executor's shops' orders. */
@Component
public class StateAccuracyJob {

    private final XxlJobBridge bridge;
    private final StateAccuracySampler sampler;

    public StateAccuracyJob(XxlJobBridge bridge, StateAccuracySampler sampler) {
        this.bridge = bridge;
        this.sampler = sampler;
    }

    @XxlJob("stateAccuracySample")
    public void stateAccuracySample() {
        bridge.run(AccuracySampleRequest.class, sampler::run);
    }
}
