package io.orderhub.sync.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.sync.quarantine.QuarantineReplay;
import io.orderhub.sync.quarantine.ReplayRequest;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code quarantineReplay}: re-process quarantined orders by reason, channel and time range. */
@Component
public class QuarantineReplayJob {

    private final XxlJobBridge bridge;
    private final QuarantineReplay replay;

    public QuarantineReplayJob(XxlJobBridge bridge, QuarantineReplay replay) {
        this.bridge = bridge;
        this.replay = replay;
    }

    @XxlJob("quarantineReplay")
    public void quarantineReplay() {
        bridge.run(ReplayRequest.class, replay::run);
    }
}
