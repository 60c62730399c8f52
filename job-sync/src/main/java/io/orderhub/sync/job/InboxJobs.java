package io.orderhub.sync.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.sync.inbox.DrainRequest;
import io.orderhub.sync.inbox.InboxDrain;
import io.orderhub.sync.inbox.InboxReplay;
import io.orderhub.sync.inbox.InboxReplayRequest;
import org.springframework.stereotype.Component;

/** XXL-JOB handlers {@code inboxDrain} (apply verified callbacks) and {@code inboxReplay} (re-verify held ones). */
@Component
public class InboxJobs {

    private final XxlJobBridge bridge;
    private final InboxDrain drain;
    private final InboxReplay replay;

    public InboxJobs(XxlJobBridge bridge, InboxDrain drain, InboxReplay replay) {
        this.bridge = bridge;
        this.drain = drain;
        this.replay = replay;
    }

    @XxlJob("inboxDrain")
    public void inboxDrain() {
        bridge.run(DrainRequest.class, drain::run);
    }

    @XxlJob("inboxReplay")
    public void inboxReplay() {
        bridge.run(InboxReplayRequest.class, replay::run);
    }
}
