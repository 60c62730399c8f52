package io.orderhub.sync.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.sync.events.EventPublishRequest;
import io.orderhub.sync.events.OrderEventPublisher;
import org.springframework.stereotype.Component;

/** XXL-JOB handler {@code orderEventPublish}: sends the order event outbox to RabbitMQ (docs/order-events.md). */
@Component
public class OrderEventPublishJob {

    private final XxlJobBridge bridge;
    private final OrderEventPublisher publisher;

    public OrderEventPublishJob(XxlJobBridge bridge, OrderEventPublisher publisher) {
        this.bridge = bridge;
        this.publisher = publisher;
    }

    @XxlJob("orderEventPublish")
    public void orderEventPublish() {
        bridge.run(EventPublishRequest.class, publisher::run);
    }
}
