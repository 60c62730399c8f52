package io.orderhub.sync.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.sync.events.EventPruneRequest;
import io.orderhub.sync.events.EventPublishRequest;
import io.orderhub.sync.events.EventReplayRequest;
import io.orderhub.sync.events.OrderEventPublisher;
import io.orderhub.sync.events.OrderEventRetention;
import io.orderhub.sync.events.ParkedOrderEvents;
import org.springframework.stereotype.Component;

/**
 * XXL-JOB handlers of the order events (docs/order-events.md): {@code orderEventPublish} sends the outbox to
 * RabbitMQ, {@code orderEventReplay} releases parked events, {@code orderEventPrune} deletes old published ones.
 */
@Component
public class OrderEventPublishJob {

    private final XxlJobBridge bridge;
    private final OrderEventPublisher publisher;
    private final ParkedOrderEvents parked;
    private final OrderEventRetention retention;

    public OrderEventPublishJob(XxlJobBridge bridge, OrderEventPublisher publisher, ParkedOrderEvents parked,
            OrderEventRetention retention) {
        this.bridge = bridge;
        this.publisher = publisher;
        this.parked = parked;
        this.retention = retention;
    }

    @XxlJob("orderEventPublish")
    public void orderEventPublish() {
        bridge.run(EventPublishRequest.class, publisher::run);
    }

    @XxlJob("orderEventReplay")
    public void orderEventReplay() {
        bridge.run(EventReplayRequest.class, parked::replay);
    }

    @XxlJob("orderEventPrune")
    public void orderEventPrune() {
        bridge.run(EventPruneRequest.class, retention::run);
    }
}
