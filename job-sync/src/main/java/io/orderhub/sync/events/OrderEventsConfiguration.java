package io.orderhub.sync.events;

import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.secret.SecretResolver;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The outbox publisher, its dead end for parked events and its retention. With {@code oms.events.enabled=true} a missing password reference fails the start-up. */
@Configuration
@EnableConfigurationProperties(OrderEventsProperties.class)
public class OrderEventsConfiguration {

    @Bean
    RabbitOrderEvents rabbitOrderEvents(OrderEventsProperties properties, SecretResolver secrets, Clock clock) {
        RabbitOrderEvents broker = new RabbitOrderEvents(properties.rabbit(), secrets, clock);
        if (properties.enabled()) {
            broker.checkSecret();
        }
        return broker;
    }

    /** Health component {@code rabbit}: only where events are published. */
    @Bean
    @ConditionalOnProperty(name = "oms.events.enabled", havingValue = "true")
    BrokerHealthIndicator rabbitHealthIndicator(RabbitOrderEvents broker) {
        return new BrokerHealthIndicator(broker, System::nanoTime);
    }

    @Bean
    ParkedOrderEvents parkedOrderEvents(OrderEventOutbox outbox, AlertSink alerts, Clock clock) {
        return new ParkedOrderEvents(outbox, alerts, clock);
    }

    @Bean
    OrderEventPublisher orderEventPublisher(OrderEventOutbox outbox, RabbitOrderEvents broker,
            OrderEventsProperties properties, PlatformTransactionManager transactions, ParkedOrderEvents parked,
            Clock clock) {
        return new OrderEventPublisher(outbox, broker, properties, transactions, parked, clock);
    }

    @Bean
    OrderEventRetention orderEventRetention(OrderEventOutbox outbox, OrderEventsProperties properties, Clock clock) {
        return new OrderEventRetention(outbox, properties, clock);
    }
}
