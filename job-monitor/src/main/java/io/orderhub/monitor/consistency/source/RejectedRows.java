package io.orderhub.monitor.consistency.source;

import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/** Table {@code cc_rejected_row}: a source row refused, kept with where it came from, the field and the reason. */
final class RejectedRows {

    private static final int RAW_LIMIT = 2000;

    private final JdbcTemplate jdbc;

    RejectedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code origin}: the file name, or {@code remote} for rows of a remote query; {@code line}: line or row number. */
    void keep(SourceKind kind, String origin, long line, String field, String reason, String raw, LocalDateTime at) {
        jdbc.update("INSERT INTO cc_rejected_row (source, file_name, line_no, field, reason, raw_line, rejected_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", kind.name(), origin, line, field, reason,
                raw.length() > RAW_LIMIT ? raw.substring(0, RAW_LIMIT) : raw, at);
    }
}
