package io.orderhub.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Time spent per {@link StatementKind}, as seen by the client: from sending a statement to having its reply (the
 * database's work plus the round trip, not its CPU alone). Thread-safe; a write path may use several connections.
 */
final class StatementTimings {

    private final Map<StatementKind, long[]> nanosAndCounts = new EnumMap<>(StatementKind.class);

    synchronized void record(StatementKind kind, long nanos) {
        long[] entry = nanosAndCounts.computeIfAbsent(kind, k -> new long[2]);
        entry[0] += nanos;
        entry[1]++;
    }

    synchronized long nanos(StatementKind kind) {
        return nanosAndCounts.getOrDefault(kind, new long[2])[0];
    }

    synchronized long executions(StatementKind kind) {
        return nanosAndCounts.getOrDefault(kind, new long[2])[1];
    }

    /**
     * {@code key=value} lines for the kinds seen, in {@link StatementKind} order: per kind
     * {@code writer_stmt_<kind>_executions}, {@code _ms} (total) and {@code _us_per_order} (one decimal), then
     * {@code writer_stmt_total_ms} and {@code writer_stmt_total_us_per_order} over all of them.
     */
    synchronized List<String> keyValueLines(int orders) {
        if (orders <= 0) {
            throw new IllegalArgumentException("orders must be positive to report time per order, got " + orders);
        }
        List<String> lines = new ArrayList<>();
        long total = 0;
        for (Map.Entry<StatementKind, long[]> entry : nanosAndCounts.entrySet()) {
            String prefix = "writer_stmt_" + entry.getKey().key();
            long nanos = entry.getValue()[0];
            total += nanos;
            lines.add(prefix + "_executions=" + entry.getValue()[1]);
            lines.add(prefix + "_ms=" + nanos / 1_000_000);
            lines.add(prefix + "_us_per_order=" + microsPerOrder(nanos, orders));
        }
        lines.add("writer_stmt_total_ms=" + total / 1_000_000);
        lines.add("writer_stmt_total_us_per_order=" + microsPerOrder(total, orders));
        return lines;
    }

    private static String microsPerOrder(long nanos, int orders) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1_000.0 / orders);
    }
}
