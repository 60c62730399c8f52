package io.orderhub.report.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.report.indicators.HealthIndicatorsRequest;
import io.orderhub.report.indicators.HealthIndicatorsRun;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code healthIndicators}: computes the health indicators of yesterday or a range of days. */
@Component
public class HealthIndicatorsJob {

    private final XxlJobBridge bridge;
    private final HealthIndicatorsRun run;

    public HealthIndicatorsJob(XxlJobBridge bridge, HealthIndicatorsRun run) {
        this.bridge = bridge;
        this.run = run;
    }

    @XxlJob("healthIndicators")
    public void healthIndicators() {
        bridge.run(HealthIndicatorsRequest.class, run::run);
    }
}
