package io.orderhub.sync.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.secret.SecretResolver;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mock.env.MockEnvironment;

/** The {@code rabbit} health component against a port where no broker listens. */
class BrokerHealthIndicatorTest {

    private static final String PASSWORD = "broker-password-never-shown";

    private final AtomicLong nanos = new AtomicLong();
    private final BrokerHealthIndicator indicator;

    BrokerHealthIndicatorTest() throws IOException {
        OrderEventsProperties.Rabbit rabbit = new OrderEventsProperties.Rabbit("127.0.0.1", closedPort(), "oms",
                "env:OMS_SECRET_EVENTS_RABBIT_PASSWORD", "/oms", Duration.ofSeconds(2));
        SecretResolver secrets = new SecretResolver(new MockEnvironment()
                .withProperty("OMS_SECRET_EVENTS_RABBIT_PASSWORD", PASSWORD));
        indicator = new BrokerHealthIndicator(new RabbitOrderEvents(rabbit, secrets, Clock.systemUTC()), nanos::get);
    }

    @Test
    void unreachableBrokerIsDownNamingTheBrokerButNotThePassword() {
        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("broker")).asString().startsWith("127.0.0.1:").endsWith(" vhost '/oms'");
        assertThat(health.getDetails().get("error")).asString().contains("unreachable");
        assertThat(health.getDetails().toString()).doesNotContain(PASSWORD);
    }

    @Test
    void theAnswerIsKeptFifteenSecondsSoFrequentPollsOpenNoConnectionEach() {
        Health first = indicator.health();
        nanos.addAndGet(BrokerHealthIndicator.KEEP.toNanos() - 1);
        assertThat(indicator.health()).isSameAs(first);

        nanos.addAndGet(1);
        assertThat(indicator.health()).isNotSameAs(first).isEqualTo(first);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
