package io.orderhub.monitor.feed;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code apiChangeWatch}: polls the platform change feeds and alerts on matching items. */
@Component
public class ApiChangeWatchJob {

    private final XxlJobBridge bridge;
    private final ApiChangeWatch watch;

    public ApiChangeWatchJob(XxlJobBridge bridge, ApiChangeWatch watch) {
        this.bridge = bridge;
        this.watch = watch;
    }

    @XxlJob("apiChangeWatch")
    public void apiChangeWatch() {
        bridge.run(ApiChangeRequest.class, watch::run);
    }
}
