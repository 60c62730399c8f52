package io.orderhub.monitor.watch;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code syncLagWatch}: cursor and newest-order age per shop, channels whose every shop fails. */
@Component
public class SyncLagWatchJob {

    private final XxlJobBridge bridge;
    private final SyncLagWatch watch;

    public SyncLagWatchJob(XxlJobBridge bridge, SyncLagWatch watch) {
        this.bridge = bridge;
        this.watch = watch;
    }

    @XxlJob("syncLagWatch")
    public void syncLagWatch() {
        bridge.run(WatchRequest.class, watch::run);
    }
}
