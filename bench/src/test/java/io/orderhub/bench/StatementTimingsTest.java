package io.orderhub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The profile's figures: per kind seen, in the kinds' order, then the total; time per order to 0.1 µs. */
class StatementTimingsTest {

    private final StatementTimings timings = new StatementTimings();

    @Test
    void kindsSeenAreReportedPerOrderUnderTheirKeysThenTheTotal() {
        timings.record(StatementKind.LINE_INSERT, 3_000_000);
        timings.record(StatementKind.LINE_INSERT, 1_000_000);
        timings.record(StatementKind.COMMIT, 2_000_000);

        assertThat(timings.keyValueLines(1_000)).containsExactly(
                "writer_stmt_line_insert_executions=2", "writer_stmt_line_insert_ms=4",
                "writer_stmt_line_insert_us_per_order=4.0",
                "writer_stmt_commit_executions=1", "writer_stmt_commit_ms=2", "writer_stmt_commit_us_per_order=2.0",
                "writer_stmt_total_ms=6", "writer_stmt_total_us_per_order=6.0");
    }

    @Test
    void noOrdersIsRefusedNamingTheCount() {
        assertThatThrownBy(() -> timings.keyValueLines(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orders must be positive");
    }
}
