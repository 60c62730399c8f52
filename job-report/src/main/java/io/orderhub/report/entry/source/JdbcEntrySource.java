package io.orderhub.report.entry.source;

import io.orderhub.report.entry.Entry;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Entries from a SQL query with the named parameters {@code :from} and {@code :to} (GMT+8 wall clock, half open)
 * returning the {@link EntryColumns} contract: the configured ERP/WMS query or view, or our own intake table. Rows
 * stream through a forward-only cursor with a fetch size, so a day of any size is read in constant memory.
 */
public class JdbcEntrySource implements EntrySource {

    static final int FETCH_SIZE = 1000;

    private final String name;
    private final NamedParameterJdbcTemplate jdbc;
    private final String query;

    public JdbcEntrySource(String name, NamedParameterJdbcTemplate jdbc, String query) {
        if (query == null || !query.contains(":from") || !query.contains(":to")) {
            throw new IllegalArgumentException("entry source " + name + ": the query must use the parameters :from and"
                    + " :to (entered_at >= :from AND entered_at < :to)");
        }
        this.name = name;
        this.jdbc = jdbc;
        this.query = query;
        jdbc.getJdbcTemplate().setFetchSize(FETCH_SIZE);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(LocalDateTime from, LocalDateTime to, Consumer<Entry> sink) {
        jdbc.query(query, Map.of("from", Timestamp.valueOf(from), "to", Timestamp.valueOf(to)),
                row -> {
                    sink.accept(EntryColumns.read(row));
                });
    }
}
