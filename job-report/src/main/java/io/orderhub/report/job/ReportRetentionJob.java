package io.orderhub.report.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.report.retention.ReportRetention;
import io.orderhub.report.retention.ReportRetentionRequest;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code reportRetention}: deletes report files past {@code oms.report.retention}. */
@Component
public class ReportRetentionJob {

    private final XxlJobBridge bridge;
    private final ReportRetention retention;

    public ReportRetentionJob(XxlJobBridge bridge, ReportRetention retention) {
        this.bridge = bridge;
        this.retention = retention;
    }

    @XxlJob("reportRetention")
    public void reportRetention() {
        bridge.run(ReportRetentionRequest.class, retention::run);
    }
}
