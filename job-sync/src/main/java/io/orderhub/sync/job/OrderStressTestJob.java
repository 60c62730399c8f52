package io.orderhub.sync.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.sync.stress.OrderStressTest;
import io.orderhub.sync.stress.StressTestRequest;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code orderStressTest}: the peak pressure test against a channel sandbox (staging only). */
@Component
public class OrderStressTestJob {

    private final XxlJobBridge bridge;
    private final OrderStressTest stressTest;

    public OrderStressTestJob(XxlJobBridge bridge, OrderStressTest stressTest) {
        this.bridge = bridge;
        this.stressTest = stressTest;
    }

    @XxlJob("orderStressTest")
    public void orderStressTest() {
        bridge.run(StressTestRequest.class, stressTest::run);
    }
}
