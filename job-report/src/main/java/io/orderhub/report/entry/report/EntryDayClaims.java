package io.orderhub.report.entry.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who checks a day ({@code entry_report_claim}): the first executor to insert the day's row, or to take it over in
 * one conditional UPDATE — a rerun of a finished day, or a claim unfinished for longer than {@code staleAfter} (its
 * holder died). The database decides, so two executors of a sharding broadcast (or two admins pressing "run") never
 * check the same day at once.
 */
public class EntryDayClaims {

    private final JdbcTemplate jdbc;
    private final Duration staleAfter;

    public EntryDayClaims(JdbcTemplate jdbc, Duration staleAfter) {
        this.jdbc = jdbc;
        this.staleAfter = staleAfter;
    }

    public boolean claim(LocalDate day, String holder, LocalDateTime now, boolean rerun) {
        try {
            jdbc.update("INSERT INTO entry_report_claim (entry_date, holder, claimed_at) VALUES (?, ?, ?)",
                    Date.valueOf(day), holder, Timestamp.valueOf(now));
            return true;
        } catch (DuplicateKeyException taken) {
            return jdbc.update("""
                    UPDATE entry_report_claim SET holder = ?, claimed_at = ?, finished_at = NULL,
                        entries_checked = NULL, findings = NULL
                    WHERE entry_date = ? AND ((finished_at IS NULL AND claimed_at < ?) OR (? AND finished_at IS NOT NULL))""",
                    holder, Timestamp.valueOf(now), Date.valueOf(day), Timestamp.valueOf(now.minus(staleAfter)),
                    rerun) == 1;
        }
    }

    public void finish(LocalDate day, String holder, long entries, long findings, LocalDateTime now) {
        jdbc.update("""
                UPDATE entry_report_claim SET finished_at = ?, entries_checked = ?, findings = ?
                WHERE entry_date = ? AND holder = ?""", Timestamp.valueOf(now), entries, findings, Date.valueOf(day),
                holder);
    }
}
