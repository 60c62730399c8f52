package io.orderhub.sync.events;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BlockedListener;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConfirmListener;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.PossibleAuthenticationFailureException;
import com.rabbitmq.client.ShutdownSignalException;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.secret.SecretResolver;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;

/**
 * RabbitMQ side of the order events: one connection per run, the topic exchange {@value #EXCHANGE} declared on
 * opening (durable, idempotent), publisher confirms on the channel. Messages are persistent JSON with the event id
 * as message id; the exchange is told nothing about routing failures (no {@code mandatory}): an event nobody bound
 * a queue for is confirmed and dropped, as a topic exchange does.
 */
public class RabbitOrderEvents {

    public static final String EXCHANGE = "oms.order-events";

    private final OrderEventsProperties.Rabbit rabbit;
    private final SecretResolver secrets;
    private final Clock clock;

    public RabbitOrderEvents(OrderEventsProperties.Rabbit rabbit, SecretResolver secrets, Clock clock) {
        this.rabbit = rabbit;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Fails the start-up of an executor with publishing on but no password, naming the property. */
    void checkSecret() {
        secrets.resolve(rabbit.password(), "oms.events.rabbit.password");
    }

    /**
     * Opens and closes one connection, for the health endpoint: the broker's version when it accepted us, else the
     * failure as {@link #open()} names it (no password: only the user name and where).
     */
    String probe() {
        Connection connection;
        try {
            connection = connectionFactory().newConnection("oms-order-event-health");
        } catch (PossibleAuthenticationFailureException e) {
            throw new IllegalStateException("RabbitMQ " + rabbit.describe() + " refused user '" + rabbit.username()
                    + "'", e);
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("RabbitMQ " + rabbit.describe() + " unreachable: " + describe(e), e);
        }
        try {
            Object version = connection.getServerProperties().get("version");
            return version == null ? "unknown" : version.toString();
        } finally {
            closeQuietly(connection);
        }
    }

    String describeBroker() {
        return rabbit.describe();
    }

    /** Connects and declares the exchange, or fails the run: unreachable is retryable, refused credentials are not. */
    Session open() {
        Connection connection;
        try {
            connection = connectionFactory().newConnection("oms-order-event-publisher");
        } catch (PossibleAuthenticationFailureException e) {
            throw new JobFailure("BROKER_AUTH_FAILED", "RabbitMQ " + rabbit.describe() + " refused user '"
                    + rabbit.username() + "' (check oms.events.rabbit.username/password and the vhost permissions)",
                    false, e);
        } catch (IOException | TimeoutException e) {
            throw new JobFailure("BROKER_UNREACHABLE", "RabbitMQ " + rabbit.describe() + " unreachable: "
                    + describe(e), true, e);
        }
        try {
            Channel channel = connection.createChannel();
            channel.exchangeDeclare(EXCHANGE, BuiltinExchangeType.TOPIC, true);
            channel.confirmSelect();
            return new Session(connection, channel);
        } catch (IOException | RuntimeException e) {
            closeQuietly(connection);
            throw new JobFailure("BROKER_SETUP_FAILED", "RabbitMQ " + rabbit.describe() + ": declaring exchange "
                    + EXCHANGE + " failed: " + describe(e), true, e);
        }
    }

    private ConnectionFactory connectionFactory() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(rabbit.host());
        factory.setPort(rabbit.port());
        factory.setUsername(rabbit.username());
        factory.setPassword(secrets.resolve(rabbit.password(), "oms.events.rabbit.password"));
        factory.setVirtualHost(rabbit.virtualHost());
        factory.setConnectionTimeout((int) rabbit.connectTimeout().toMillis());
        factory.setHandshakeTimeout((int) rabbit.connectTimeout().toMillis());
        // One connection per run: a failed run is retried by the next trigger, not by a background recovery thread.
        factory.setAutomaticRecoveryEnabled(false);
        factory.setTopologyRecoveryEnabled(false);
        return factory;
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        if (cause instanceof ShutdownSignalException signal && signal.getReason() != null) {
            return signal.getReason().protocolMethodName() + " " + signal.getMessage();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.abort(2000);
        } catch (RuntimeException ignored) {
            // abort() already swallows I/O errors; a runtime one leaves nothing for us to clean up either
        }
    }

    /** An open channel in confirm mode. Not thread-safe: one publisher thread per session. */
    final class Session implements AutoCloseable, ConfirmListener, BlockedListener {

        private final Connection connection;
        private final Channel channel;
        /** Publish sequence number → outbox id, for the messages the broker has not answered yet. */
        private final NavigableMap<Long, Long> outstanding = new TreeMap<>();
        private final List<Long> confirmed = new ArrayList<>();
        private final Map<Long, String> failed = new LinkedHashMap<>();
        private final Set<Long> nacked = new HashSet<>();
        private String lost;
        private String blocked;

        private Session(Connection connection, Channel channel) {
            this.connection = connection;
            this.channel = channel;
            channel.addConfirmListener(this);
            connection.addBlockedListener(this);
            channel.addShutdownListener(cause -> brokerLost("channel closed: " + cause.getMessage()));
        }

        /**
         * Publishes the batch and waits until the broker confirmed every message or {@code timeout} passed; what was
         * not acknowledged by then is failed with the reason (nack, timeout, closed channel, blocked connection).
         */
        PublishOutcome publish(List<OutboxEvent> events, Duration timeout) {
            Map<Long, OutboxEvent> byId = new HashMap<>();
            for (OutboxEvent event : events) {
                byId.put(event.id(), event);
                String refused = refusal();
                if (refused != null) {
                    fail(event.id(), refused);
                    continue;
                }
                try {
                    synchronized (this) {
                        outstanding.put(channel.getNextPublishSeqNo(), event.id());
                    }
                    channel.basicPublish(EXCHANGE, event.routingKey(), false, properties(event), event.body());
                } catch (IOException | RuntimeException e) {
                    brokerLost("publish failed: " + describe(e));
                }
            }
            return await(timeout);
        }

        private AMQP.BasicProperties properties(OutboxEvent event) {
            return new AMQP.BasicProperties.Builder()
                    .contentType("application/json")
                    .contentEncoding("utf-8")
                    .deliveryMode(2) // persistent
                    .messageId(event.eventId())
                    .type("order.status_changed")
                    .appId("oms-job-sync")
                    .timestamp(new Date(clock.millis()))
                    .build();
        }

        private synchronized String refusal() {
            return lost != null ? lost : blocked;
        }

        private synchronized void fail(long id, String reason) {
            failed.put(id, reason);
        }

        private synchronized PublishOutcome await(Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                long left;
                while (!outstanding.isEmpty() && lost == null && (left = deadline - System.nanoTime()) > 0) {
                    wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lost = "interrupted while waiting for publisher confirms";
            }
            String reason = lost != null ? lost : "no publisher confirm within " + timeout.toMillis() + " ms";
            outstanding.values().forEach(id -> failed.put(id, reason));
            boolean brokerGone = lost != null || blocked != null || !outstanding.isEmpty();
            outstanding.clear();
            PublishOutcome outcome = new PublishOutcome(List.copyOf(confirmed), Map.copyOf(failed), Set.copyOf(nacked),
                    brokerGone);
            confirmed.clear();
            failed.clear();
            nacked.clear();
            return outcome;
        }

        @Override
        public synchronized void handleAck(long deliveryTag, boolean multiple) {
            settle(deliveryTag, multiple, null);
        }

        @Override
        public synchronized void handleNack(long deliveryTag, boolean multiple) {
            settle(deliveryTag, multiple, "nacked by the broker");
        }

        /** {@code nack == null}: acknowledged; else the broker refused the messages with that reason. */
        private void settle(long deliveryTag, boolean multiple, String nack) {
            Map<Long, Long> settled = multiple ? outstanding.headMap(deliveryTag, true)
                    : outstanding.subMap(deliveryTag, true, deliveryTag, true);
            for (Long id : settled.values()) {
                if (nack == null) {
                    confirmed.add(id);
                } else {
                    failed.put(id, nack);
                    nacked.add(id);
                }
            }
            settled.clear();
            notifyAll();
        }

        @Override
        public synchronized void handleBlocked(String reason) {
            blocked = "broker blocks publishers: " + reason;
            notifyAll();
        }

        @Override
        public synchronized void handleUnblocked() {
            blocked = null;
        }

        private synchronized void brokerLost(String reason) {
            if (lost == null) {
                lost = reason;
            }
            notifyAll();
        }

        @Override
        public void close() {
            closeQuietly(connection);
        }
    }
}
