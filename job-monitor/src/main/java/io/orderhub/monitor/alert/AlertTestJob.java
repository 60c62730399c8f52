package io.orderhub.monitor.alert;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code alertTest}: {@code {"receiver":"name"}} sends that receiver a test message now. */
@Component
public class AlertTestJob {

    private final XxlJobBridge bridge;
    private final AlertJobs jobs;

    public AlertTestJob(XxlJobBridge bridge, AlertJobs jobs) {
        this.bridge = bridge;
        this.jobs = jobs;
    }

    @XxlJob("alertTest")
    public void alertTest() {
        bridge.run(AlertTestRequest.class, jobs::test);
    }
}
