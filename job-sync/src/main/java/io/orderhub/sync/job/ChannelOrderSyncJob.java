package io.orderhub.sync.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.sync.engine.ChannelOrderSync;
import io.orderhub.sync.engine.SyncRequest;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code channelOrderSync}: incremental pulls (or a backfill) for this executor's shops. */
@Component
public class ChannelOrderSyncJob {

    private final XxlJobBridge bridge;
    private final ChannelOrderSync sync;

    public ChannelOrderSyncJob(XxlJobBridge bridge, ChannelOrderSync sync) {
        this.bridge = bridge;
        this.sync = sync;
    }

    @XxlJob("channelOrderSync")
    public void channelOrderSync() {
        bridge.run(SyncRequest.class, sync::run);
    }
}
