package io.orderhub.sync.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.job.RunLog;
import io.orderhub.common.job.Shard;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderStatusChanges;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.persistence.StatusChange;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.common.testing.OrderFixtures;
import io.orderhub.sync.JobSyncApplication;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox publisher against a real MariaDB (a schema of its own) and the local RabbitMQ
 * ({@code OMS_TEST_RABBIT=host:port}, default 127.0.0.1:5672, guest/guest). A temporary queue bound with {@code #}
 * sees what consumers would see.
 */
@SpringBootTest(classes = JobSyncApplication.class, properties = {
        "oms.events.enabled=true",
        "oms.events.batch-size=7",
        "oms.events.rabbit.password=env:OMS_TEST_RABBIT_PASSWORD",
        "OMS_TEST_RABBIT_PASSWORD=guest"})
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class OrderEventPublisherIT {

    static final String RABBIT = System.getenv().getOrDefault("OMS_TEST_RABBIT", "127.0.0.1:5672");

    @Autowired
    OrderEventPublisher publisher;
    @Autowired
    OrderEventOutbox outbox;
    @Autowired
    OrderEventsProperties properties;
    @Autowired
    OrderWriter writer;
    @Autowired
    OrderStatusChanges statusChanges;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecretResolver secrets;
    @Autowired
    Clock clock;
    @Autowired
    ParkedOrderEvents parked;
    @Autowired
    AlertSink alertSink;
    @Autowired
    OrderEventRetention retention;

    Connection consumerConnection;
    Channel consumer;
    String queue;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void bindTemporaryQueue() throws Exception {
        jdbc.update("DELETE FROM order_event_outbox");
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(RABBIT.split(":")[0]);
        factory.setPort(Integer.parseInt(RABBIT.split(":")[1]));
        factory.setUsername("guest");
        factory.setPassword("guest");
        consumerConnection = factory.newConnection("order-event-publisher-it");
        consumer = consumerConnection.createChannel();
        consumer.exchangeDeclare(RabbitOrderEvents.EXCHANGE, BuiltinExchangeType.TOPIC, true);
        queue = consumer.queueDeclare().getQueue(); // server-named, exclusive, auto-delete
        consumer.queueBind(queue, RabbitOrderEvents.EXCHANGE, "#");
    }

    @AfterEach
    void closeConsumer() throws Exception {
        consumerConnection.close();
    }

    private JobContext context() {
        return new JobContext(Shard.SOLE, (pattern, args) -> log.add(format(pattern, args)));
    }

    private static String format(String pattern, Object... args) {
        String text = pattern;
        for (Object arg : args) {
            text = text.replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(String.valueOf(arg)));
        }
        return text;
    }

    private String id() {
        return UUID.randomUUID().toString().substring(0, 12);
    }

    /** Orders through the real write path: 3 new Taobao orders, one of them shipped later, and a reconciled JD one. */
    private List<UnifiedOrder> seedEvents() {
        List<UnifiedOrder> orders = List.of(OrderFixtures.paidOrder(id()), OrderFixtures.paidOrder(id()),
                OrderFixtures.paidOrder(id()));
        tx.executeWithoutResult(s -> writer.write(orders, StatusSource.PULL));
        UnifiedOrder shipped = OrderFixtures.withStatus(orders.get(0), OrderStatus.PARTIALLY_SHIPPED,
                OrderFixtures.T0.plusHours(3));
        tx.executeWithoutResult(s -> writer.write(List.of(shipped), StatusSource.PULL));
        tx.executeWithoutResult(s -> statusChanges.record(new StatusChange(io.orderhub.common.order.Channel.JD,
                "jd-shop", id(), OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderFixtures.T0,
                StatusSource.RECONCILE)));
        return orders;
    }

    private List<GetResponse> drain(int expected) throws Exception {
        List<GetResponse> received = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            GetResponse response = consumer.basicGet(queue, true);
            if (response == null) {
                if (received.size() >= expected) {
                    Thread.sleep(200); // anything beyond the expected would be a duplicate: give it a chance
                    if ((response = consumer.basicGet(queue, true)) == null) {
                        break;
                    }
                } else {
                    Thread.sleep(20);
                    continue;
                }
            }
            received.add(response);
        }
        return received;
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT id, event_id, channel, status_after, payload, published_at, attempts,"
                + " last_error FROM order_event_outbox ORDER BY id");
    }

    @Test
    void publishesEveryEventOnceAsPersistentJsonWithItsRoutingKeyAndMessageId() throws Exception {
        seedEvents();
        List<Map<String, Object>> rows = rows();
        assertThat(rows).hasSize(5);

        String summary = publisher.run(new EventPublishRequest(null), context());

        assertThat(summary).startsWith("read=5 published=5 failed=0; unpublished=0");
        List<GetResponse> received = drain(5);
        assertThat(received).hasSize(5);
        Map<String, GetResponse> byMessageId = new HashMap<>();
        received.forEach(r -> byMessageId.put(r.getProps().getMessageId(), r));
        for (Map<String, Object> row : rows) {
            GetResponse message = byMessageId.get((String) row.get("event_id"));
            assertThat(message).as("message for %s", row.get("event_id")).isNotNull();
            assertThat(message.getEnvelope().getExchange()).isEqualTo(RabbitOrderEvents.EXCHANGE);
            assertThat(message.getEnvelope().getRoutingKey()).isEqualTo(
                    row.get("channel").toString().toLowerCase() + "." + row.get("status_after").toString().toLowerCase());
            assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
            assertThat(message.getProps().getContentType()).isEqualTo("application/json");
            assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).startsWith("{\"eventId\":\""
                    + row.get("event_id") + "\",\"type\":\"order.status_changed\",\"version\":1,")
                    .contains("\"channel\":\"" + row.get("channel") + "\"",
                            "\"statusAfter\":\"" + row.get("status_after") + "\"");
        }
        assertThat(received.stream().map(r -> r.getEnvelope().getRoutingKey()))
                .containsExactlyInAnyOrder("taobao.paid", "taobao.paid", "taobao.paid", "taobao.partially_shipped",
                        "jd.paid");
        assertThat(rows()).allSatisfy(row -> {
            assertThat(row.get("published_at")).isNotNull();
            assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
        });
        assertThat(log).anyMatch(line -> line.contains("read=5 published=5 failed=0"));

        String second = publisher.run(new EventPublishRequest(null), context());

        assertThat(second).startsWith("read=0 published=0 failed=0; unpublished=0");
        assertThat(drain(0)).isEmpty();
    }

    @Test
    void changesOfOneOrderWithinOneSecondCarryAnIncreasingSequence() throws Exception {
        String platformOrderId = id();
        io.orderhub.common.order.Channel jd = io.orderhub.common.order.Channel.JD;
        // Both changes happen within the same second: occurredAt alone cannot order them.
        tx.executeWithoutResult(s -> statusChanges.record(new StatusChange(jd, "jd-shop", platformOrderId,
                OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderFixtures.T0, StatusSource.CALLBACK)));
        tx.executeWithoutResult(s -> statusChanges.record(new StatusChange(jd, "jd-shop", platformOrderId,
                OrderStatus.PAID, OrderStatus.CANCELLED, OrderFixtures.T0, StatusSource.PULL)));

        publisher.run(new EventPublishRequest(null), context());

        Map<String, Long> sequenceByStatus = new HashMap<>();
        for (GetResponse message : drain(2)) {
            String body = new String(message.getBody(), StandardCharsets.UTF_8);
            java.util.regex.Matcher sequence = java.util.regex.Pattern.compile("\"sequence\":(\\d+)").matcher(body);
            assertThat(sequence.find()).as("sequence in %s", body).isTrue();
            sequenceByStatus.put(message.getEnvelope().getRoutingKey(), Long.parseLong(sequence.group(1)));
        }
        assertThat(sequenceByStatus).containsOnlyKeys("jd.paid", "jd.cancelled");
        assertThat(sequenceByStatus.get("jd.cancelled")).isGreaterThan(sequenceByStatus.get("jd.paid"));
    }

    @Test
    void unreachableBrokerFailsTheRunWithTheReasonAndLeavesRowsUnpublished() {
        seedEvents();
        OrderEventsProperties.Rabbit wrongPort = new OrderEventsProperties.Rabbit("127.0.0.1", 1, "guest",
                "env:OMS_TEST_RABBIT_PASSWORD", "/", Duration.ofSeconds(2));
        OrderEventPublisher unreachable = new OrderEventPublisher(outbox,
                new RabbitOrderEvents(wrongPort, secrets, clock), properties, transactions, parked, clock);

        assertThatThrownBy(() -> unreachable.run(new EventPublishRequest(null), context()))
                .isInstanceOfSatisfying(JobFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo("BROKER_UNREACHABLE");
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.getMessage()).contains("127.0.0.1:1").contains("Connection refused");
                });
        assertThat(rows()).hasSize(5).allSatisfy(row -> {
            assertThat(row.get("published_at")).isNull();
            assertThat(((Number) row.get("attempts")).intValue()).isZero();
        });
        assertThat(log).anyMatch(line -> line.contains("failed BROKER_UNREACHABLE") && line.contains("unpublished=5"));
    }

    /** A queue that refuses every message makes the broker nack each publish (deterministic, unlike a zero wait). */
    private String bindRefusingQueue() throws Exception {
        String refusing = consumer.queueDeclare("", false, true, true,
                Map.of("x-max-length", 0, "x-overflow", "reject-publish")).getQueue();
        consumer.queueBind(refusing, RabbitOrderEvents.EXCHANGE, "#");
        return refusing;
    }

    /** A publisher on a clock the test moves, with the given nack limit (back-off 1 min doubling, max 1 h). */
    private OrderEventPublisher publisherAt(MutableClock at, int maxNacks) {
        OrderEventsProperties withLimit = new OrderEventsProperties(true, properties.rabbit(), 7,
                Duration.ofSeconds(10), 1000, maxNacks, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(7));
        return new OrderEventPublisher(outbox, new RabbitOrderEvents(properties.rabbit(), secrets, at), withLimit,
                transactions, new ParkedOrderEvents(outbox, alertSink, at), at);
    }

    @Test
    void nackedEventsWaitTheirBackOffThenGoOutAgainWithTheSameMessageId() throws Exception {
        seedEvents();
        MutableClock at = new MutableClock(clock.instant());
        OrderEventPublisher backingOff = publisherAt(at, 6);
        String refusing = bindRefusingQueue();

        assertThatThrownBy(() -> backingOff.run(new EventPublishRequest(null), context()))
                .isInstanceOfSatisfying(JobFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo("EVENTS_NOT_CONFIRMED");
                    assertThat(failure.getMessage()).contains("nacked");
                });
        List<Map<String, Object>> afterFirstRun = rows();
        List<String> unconfirmed = afterFirstRun.stream().map(row -> (String) row.get("event_id")).toList();
        assertThat(afterFirstRun).allSatisfy(row -> {
            assertThat(row.get("published_at")).isNull();
            assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
            assertThat((String) row.get("last_error")).contains("nacked");
        });
        consumer.queueDelete(refusing);
        List<GetResponse> firstDelivery = drain(5); // the accepting queue got them all: only the confirms were negative

        at.advance(Duration.ofSeconds(20));
        String tooSoon = backingOff.run(new EventPublishRequest(null), context());

        assertThat(tooSoon).as("within the back-off nothing is sent again").startsWith("read=0 published=0");
        assertThat(drain(0)).as("no further copy for the queue that accepted them").isEmpty();

        at.advance(Duration.ofMinutes(1));
        backingOff.run(new EventPublishRequest(null), context());

        List<GetResponse> secondDelivery = drain(unconfirmed.size());
        assertThat(secondDelivery.stream().map(r -> r.getProps().getMessageId())).as("the nacked go out again")
                .containsExactlyInAnyOrderElementsOf(unconfirmed);
        Map<String, String> firstBodies = new HashMap<>();
        firstDelivery.forEach(r -> firstBodies.put(r.getProps().getMessageId(), new String(r.getBody(), StandardCharsets.UTF_8)));
        assertThat(secondDelivery).allSatisfy(r -> assertThat(new String(r.getBody(), StandardCharsets.UTF_8))
                .as("a re-published event is the identical message").isEqualTo(firstBodies.get(r.getProps().getMessageId())));
        assertThat(rows()).allSatisfy(row -> {
            assertThat(row.get("published_at")).isNotNull();
            assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(unconfirmed.contains(row.get("event_id")) ? 2 : 1);
            assertThat(row.get("last_error")).isNull();
        });
    }

    @Test
    void eventsRefusedUpToTheLimitAreParkedWithAnAlertAndReplayedOnRequest() throws Exception {
        seedEvents();
        jdbc.update("DELETE FROM alert_state WHERE name = ?", ParkedOrderEvents.ALERT);
        MutableClock at = new MutableClock(clock.instant());
        OrderEventPublisher limited = publisherAt(at, 2);
        String refusing = bindRefusingQueue();

        assertThatThrownBy(() -> limited.run(new EventPublishRequest(null), context())).isInstanceOf(JobFailure.class);
        at.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> limited.run(new EventPublishRequest(null), context()))
                .isInstanceOfSatisfying(JobFailure.class, failure -> assertThat(failure.getMessage())
                        .contains("parked=5"));
        consumer.queueDelete(refusing);
        drain(10);

        assertThat(jdbc.queryForList("SELECT parked_at, last_error, nacks FROM order_event_outbox")).hasSize(5)
                .allSatisfy(row -> {
                    assertThat(row.get("parked_at")).isNotNull();
                    assertThat((String) row.get("last_error")).isEqualTo("nacked by the broker 2 times, parked");
                    assertThat(((Number) row.get("nacks")).intValue()).isEqualTo(2);
                });
        Map<String, Object> alert = jdbc.queryForMap("SELECT severity, summary, ends_at FROM alert_state WHERE name = ?",
                ParkedOrderEvents.ALERT);
        assertThat(alert.get("severity")).isEqualTo("CRITICAL");
        assertThat((String) alert.get("summary")).startsWith("5 order event(s) parked");
        assertThat(alert.get("ends_at")).isNull();

        at.advance(Duration.ofHours(2));
        assertThat(limited.run(new EventPublishRequest(null), context())).as("a dead end: never sent on its own")
                .startsWith("read=0 published=0 failed=0; unpublished=0; parked=5");
        assertThat(drain(0)).isEmpty();

        String one = (String) rows().get(0).get("event_id");
        assertThat(parked.replay(new EventReplayRequest(List.of(one)), context()))
                .startsWith("released=1 stillParked=4");
        assertThat(parked.replay(new EventReplayRequest(null), context())).startsWith("released=4 stillParked=0");
        assertThat(jdbc.queryForObject("SELECT ends_at FROM alert_state WHERE name = ?", Object.class,
                ParkedOrderEvents.ALERT)).as("resolved once none is parked").isNotNull();

        assertThat(limited.run(new EventPublishRequest(null), context())).startsWith("read=5 published=5 failed=0");
        assertThat(drain(5)).hasSize(5);
    }

    @Test
    void retentionDeletesOnlyPublishedEventsOlderThanTheConfiguredAge() {
        seedEvents();
        List<Map<String, Object>> rows = rows();
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("UPDATE order_event_outbox SET published_at = ? WHERE id = ?", now.minusDays(8), rows.get(0).get("id"));
        jdbc.update("UPDATE order_event_outbox SET published_at = ? WHERE id = ?", now.minusDays(8), rows.get(1).get("id"));
        jdbc.update("UPDATE order_event_outbox SET published_at = ? WHERE id = ?", now.minusDays(6), rows.get(2).get("id"));
        jdbc.update("UPDATE order_event_outbox SET parked_at = ?, created_at = ? WHERE id = ?", now.minusDays(30),
                now.minusDays(30), rows.get(3).get("id"));

        String summary = retention.run(new EventPruneRequest(null), context());

        assertThat(summary).startsWith("deleted=2 published before");
        assertThat(rows().stream().map(row -> row.get("id"))).as("younger, parked and unpublished rows stay")
                .containsExactly(rows.get(2).get("id"), rows.get(3).get("id"), rows.get(4).get("id"));
        assertThat(retention.run(new EventPruneRequest(null), context())).startsWith("deleted=0");
    }

    @Test
    void twoExecutorsRunningAtOnceNeverPublishTheSameEvent() throws Exception {
        List<StatusChange> changes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            changes.add(new StatusChange(io.orderhub.common.order.Channel.PDD, "pdd-shop", id(), null, OrderStatus.PAID,
                    OrderFixtures.T0, StatusSource.PULL));
        }
        tx.executeWithoutResult(s -> statusChanges.record(changes));
        OrderEventPublisher other = new OrderEventPublisher(outbox,
                new RabbitOrderEvents(properties.rabbit(), secrets, clock), properties, transactions, parked, clock);

        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> publisher.run(new EventPublishRequest(null),
                new JobContext(Shard.SOLE, RunLog.NONE)));
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> other.run(new EventPublishRequest(null),
                new JobContext(Shard.SOLE, RunLog.NONE)));
        a.join();
        b.join();

        List<GetResponse> received = drain(300);
        assertThat(received).hasSize(300);
        assertThat(received.stream().map(r -> r.getProps().getMessageId()).distinct()).hasSize(300);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_event_outbox WHERE published_at IS NULL OR"
                + " attempts <> 1", Integer.class)).isZero();
    }

    @Test
    void disabledPublishingOnlyReportsTheBacklog() {
        seedEvents();
        jdbc.update("UPDATE order_event_outbox SET created_at = ?", LocalDateTime.now(clock).minusMinutes(3));
        OrderEventsProperties off = new OrderEventsProperties(false, properties.rabbit(), 500, Duration.ofSeconds(10),
                1000, 6, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(7));
        OrderEventPublisher disabled = new OrderEventPublisher(outbox,
                new RabbitOrderEvents(properties.rabbit(), secrets, clock), off, transactions, parked, clock);

        String summary = disabled.run(new EventPublishRequest(null), context());

        assertThat(summary).startsWith("publishing disabled (oms.events.enabled=false); unpublished=5 "
                + "oldestUnpublishedAge=PT3M");
        assertThat(rows()).allSatisfy(row -> assertThat(row.get("published_at")).isNull());
    }
}
