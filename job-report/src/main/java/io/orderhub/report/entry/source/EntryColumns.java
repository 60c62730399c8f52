package io.orderhub.report.entry.source;

import io.orderhub.report.entry.Entry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * The column contract of an entry query (docs/entries.md "Column contract"): the query or view returns these
 * columns by name, in any order; times are GMT+8 wall clock. One mapping for every JDBC entry source.
 */
public final class EntryColumns {

    public static final List<String> NAMES = List.of("entry_id", "source", "document_no", "operator", "entered_at",
            "sku_code", "quantity", "unit", "batch_no", "production_date", "expiry_date", "warehouse", "order_no",
            "confirmed");

    private EntryColumns() {
    }

    public static Entry read(ResultSet row) throws SQLException {
        Timestamp enteredAt = row.getTimestamp("entered_at");
        return new Entry(row.getString("entry_id"), row.getString("source"), row.getString("document_no"),
                row.getString("operator"), enteredAt == null ? null : enteredAt.toLocalDateTime(),
                row.getString("sku_code"), row.getBigDecimal("quantity"), row.getString("unit"),
                row.getString("batch_no"), date(row, "production_date"), date(row, "expiry_date"),
                row.getString("warehouse"), row.getString("order_no"), row.getBoolean("confirmed"));
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        java.sql.Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
