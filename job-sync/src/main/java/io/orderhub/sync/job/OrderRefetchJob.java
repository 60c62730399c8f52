package io.orderhub.sync.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.sync.refetch.OrderRefetch;
import io.orderhub.sync.refetch.RefetchDrainRequest;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code orderRefetch}: read again from their platforms the orders the consistency repairs ask for. */
@Component
public class OrderRefetchJob {

    private final XxlJobBridge bridge;
    private final OrderRefetch refetch;

    public OrderRefetchJob(XxlJobBridge bridge, OrderRefetch refetch) {
        this.bridge = bridge;
        this.refetch = refetch;
    }

    @XxlJob("orderRefetch")
    public void orderRefetch() {
        bridge.run(RefetchDrainRequest.class, refetch::run);
    }
}
