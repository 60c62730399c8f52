package io.orderhub.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedGroupedGaugeTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger queries = new AtomicInteger();
    private final Deque<Map<Tags, Double>> answers = new ArrayDeque<>();
    private final CachedGroupedGauge gauge = new CachedGroupedGauge(registry, "oms.test.backlog", "test", null, 0,
            () -> {
                queries.incrementAndGet();
                return answers.pop();
            });

    @Test
    void readingTheGaugesNeverQueriesOnlyARefreshDoes() {
        answers.add(Map.of(Tags.of("reason", "A"), 3.0, Tags.of("reason", "B"), 1.0));
        gauge.refresh();

        for (int scrape = 0; scrape < 10; scrape++) {
            assertThat(registry.get("oms.test.backlog").tag("reason", "A").gauge().value()).isEqualTo(3.0);
            assertThat(registry.get("oms.test.backlog").tag("reason", "B").gauge().value()).isEqualTo(1.0);
        }
        assertThat(queries).hasValue(1);
    }

    @Test
    void aTagSetThatDisappearsReadsTheAbsentValueAndANewOneIsRegistered() {
        answers.add(Map.of(Tags.of("reason", "A"), 3.0));
        answers.add(Map.of(Tags.of("reason", "C"), 2.0));
        gauge.refresh();
        gauge.refresh();

        assertThat(registry.get("oms.test.backlog").tag("reason", "A").gauge().value()).isZero();
        assertThat(registry.get("oms.test.backlog").tag("reason", "C").gauge().value()).isEqualTo(2.0);
        assertThat(registry.find("oms.test.backlog").gauges()).hasSize(2);
    }

    @Test
    void theRefresherQueriesEachFamilyOncePerRound() {
        answers.add(Map.of());
        answers.add(Map.of());
        DbGaugeRefresher refresher = new DbGaugeRefresher(List.of(gauge), Duration.ofSeconds(15));

        refresher.refreshAll();
        refresher.refreshAll();

        assertThat(queries).hasValue(2);
    }
}
