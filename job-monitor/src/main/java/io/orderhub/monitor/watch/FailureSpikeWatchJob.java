package io.orderhub.monitor.watch;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code failureSpikeWatch}: callback verification, inbox backlog, quarantine and run failures. */
@Component
public class FailureSpikeWatchJob {

    private final XxlJobBridge bridge;
    private final FailureSpikeWatch watch;

    public FailureSpikeWatchJob(XxlJobBridge bridge, FailureSpikeWatch watch) {
        this.bridge = bridge;
        this.watch = watch;
    }

    @XxlJob("failureSpikeWatch")
    public void failureSpikeWatch() {
        bridge.run(WatchRequest.class, watch::run);
    }
}
