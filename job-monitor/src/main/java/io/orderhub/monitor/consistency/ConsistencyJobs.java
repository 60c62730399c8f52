package io.orderhub.monitor.consistency;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.monitor.consistency.finding.FindingUpdateRequest;
import io.orderhub.monitor.consistency.finding.FindingUpdates;
import org.springframework.stereotype.Component;

/** XXL-JOB handlers {@code consistencyCheck} and {@code consistencyFindingUpdate}. */
@Component
public class ConsistencyJobs {

    private final XxlJobBridge bridge;
    private final ConsistencyRun run;
    private final FindingUpdates updates;

    public ConsistencyJobs(XxlJobBridge bridge, ConsistencyRun run, FindingUpdates updates) {
        this.bridge = bridge;
        this.run = run;
        this.updates = updates;
    }

    @XxlJob("consistencyCheck")
    public void consistencyCheck() {
        bridge.run(ConsistencyCheckRequest.class, run::run);
    }

    @XxlJob("consistencyFindingUpdate")
    public void consistencyFindingUpdate() {
        bridge.run(FindingUpdateRequest.class, updates::run);
    }
}
