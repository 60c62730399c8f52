package io.orderhub.monitor.consistency.source;

import io.orderhub.common.order.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one external row against its kind's contract: every value typed, or the first field that is wrong and why.
 * A rejected row is never dropped: the caller keeps it with this reason.
 */
public final class SourceRow {

    /** A row that passed: the staging values, order_no first. */
    public record Accepted(Object[] values) {
    }

    /** A row that did not: the field and the reason. */
    public record Rejected(String field, String reason) {
    }

    private SourceRow() {
    }

    /** {@code text} maps each contract column to its text (null or blank = absent). */
    public static Object read(SourceKind kind, Map<String, String> text) {
        List<Object> values = new ArrayList<>(kind.columns().size() + 1);
        values.add(null);
        for (SourceColumn column : kind.columns()) {
            String raw = text.get(column.name());
            if (raw == null || raw.isBlank()) {
                if (column.required()) {
                    return new Rejected(column.name(), "required value missing");
                }
                values.add(null);
                continue;
            }
            Object value;
            try {
                value = column.type().parse(raw.trim());
            } catch (IllegalArgumentException e) {
                return new Rejected(column.name(), e.getMessage());
            }
            String misfit = column.misfit(value);
            if (misfit != null) {
                return new Rejected(column.name(), misfit);
            }
            values.add(value);
        }
        String platformOrderId = (String) values.get(2);
        values.set(0, Channel.valueOf((String) values.get(1)).orderNo(platformOrderId));
        return new Accepted(values.toArray());
    }

    /** The contract columns a header lacks, in contract order. */
    public static Optional<String> missingColumn(SourceKind kind, List<String> header) {
        return kind.columns().stream().filter(SourceColumn::required).map(SourceColumn::name)
                .filter(name -> !header.contains(name)).findFirst();
    }
}
