package io.orderhub.monitor.alert;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code alertDispatch}: routes, groups and sends pending alerts (schedule it every minute). */
@Component
public class AlertDispatchJob {

    private final XxlJobBridge bridge;
    private final AlertJobs jobs;

    public AlertDispatchJob(XxlJobBridge bridge, AlertJobs jobs) {
        this.bridge = bridge;
        this.jobs = jobs;
    }

    @XxlJob("alertDispatch")
    public void alertDispatch() {
        bridge.run(AlertDispatchRequest.class, jobs::dispatch);
    }
}
