package io.orderhub.report.entry.intake;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.SkuDefinition;
import io.orderhub.report.entry.source.UnitFactors;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The intake tables: accepted entries ({@code entry_record}) and SKU rows ({@code entry_sku}) upserted by key (a
 * corrected file replaces the rows it repeats), rejected rows kept raw, and one record per file content.
 */
public class IntakeStore {

    private final JdbcTemplate jdbc;

    public IntakeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean alreadyTaken(String sha256) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM entry_intake_file WHERE content_sha256 = ?",
                Integer.class, sha256);
        return n != null && n > 0;
    }

    public void upsertEntries(List<Entry> entries, String fileName) {
        jdbc.batchUpdate("""
                INSERT INTO entry_record (entry_id, source, document_no, operator, entered_at, entry_date, sku_code,
                    quantity, unit, batch_no, production_date, expiry_date, warehouse, order_no, confirmed, intake_file)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE source = VALUES(source), document_no = VALUES(document_no),
                    operator = VALUES(operator), entered_at = VALUES(entered_at), entry_date = VALUES(entry_date),
                    sku_code = VALUES(sku_code), quantity = VALUES(quantity), unit = VALUES(unit),
                    batch_no = VALUES(batch_no), production_date = VALUES(production_date),
                    expiry_date = VALUES(expiry_date), warehouse = VALUES(warehouse), order_no = VALUES(order_no),
                    confirmed = VALUES(confirmed), intake_file = VALUES(intake_file)""", entries, entries.size(),
                (ps, e) -> {
                    ps.setString(1, e.entryId());
                    ps.setString(2, e.source());
                    ps.setString(3, e.documentNo());
                    ps.setString(4, e.operator());
                    ps.setTimestamp(5, Timestamp.valueOf(e.enteredAt()));
                    ps.setDate(6, Date.valueOf(e.enteredAt().toLocalDate()));
                    ps.setString(7, e.skuCode());
                    ps.setBigDecimal(8, e.quantity());
                    ps.setString(9, e.unit());
                    ps.setString(10, e.batchNo());
                    ps.setDate(11, date(e.productionDate()));
                    ps.setDate(12, date(e.expiryDate()));
                    ps.setString(13, e.warehouse());
                    ps.setString(14, e.orderNo());
                    ps.setBoolean(15, e.confirmed());
                    ps.setString(16, fileName);
                });
    }

    public void upsertSkus(List<SkuDefinition> skus, String fileName) {
        jdbc.batchUpdate("""
                INSERT INTO entry_sku (code, barcode, name, category, base_unit, unit_factors, typical_min,
                    typical_max, batch_managed, shelf_life_days, intake_file)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE barcode = VALUES(barcode), name = VALUES(name), category = VALUES(category),
                    base_unit = VALUES(base_unit), unit_factors = VALUES(unit_factors),
                    typical_min = VALUES(typical_min), typical_max = VALUES(typical_max),
                    batch_managed = VALUES(batch_managed), shelf_life_days = VALUES(shelf_life_days),
                    intake_file = VALUES(intake_file)""", skus, skus.size(), (ps, s) -> {
                    ps.setString(1, s.code());
                    ps.setString(2, s.barcode());
                    ps.setString(3, s.name());
                    ps.setString(4, s.category());
                    ps.setString(5, s.baseUnit());
                    ps.setString(6, UnitFactors.format(s.unitFactors()));
                    ps.setBigDecimal(7, s.typicalMin());
                    ps.setBigDecimal(8, s.typicalMax());
                    ps.setBoolean(9, s.batchManaged());
                    ps.setObject(10, s.shelfLifeDays());
                    ps.setString(11, fileName);
                });
    }

    public void reject(String sha256, String fileName, List<RejectedRow> rows, LocalDateTime now) {
        jdbc.batchUpdate("""
                INSERT INTO entry_intake_rejected_row (content_sha256, file_name, line_no, field, reason, raw_row,
                    recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (ps, r) -> {
                    ps.setString(1, sha256);
                    ps.setString(2, fileName);
                    ps.setLong(3, r.lineNo());
                    ps.setString(4, truncate(r.field(), 64));
                    ps.setString(5, truncate(r.reason(), 255));
                    ps.setString(6, r.raw());
                    ps.setTimestamp(7, Timestamp.valueOf(now));
                });
    }

    /** The file's record; its primary key makes a second executor taking the same content fail and roll back. */
    public void recordFile(String sha256, String fileName, IntakeKind kind, String charset, int accepted,
            int rejected, LocalDateTime now, String movedTo) {
        jdbc.update("""
                INSERT INTO entry_intake_file (content_sha256, file_name, kind, charset_name, rows_accepted,
                    rows_rejected, processed_at, moved_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                sha256, truncate(fileName, 255), kind.name(), charset, accepted, rejected, Timestamp.valueOf(now),
                truncate(movedTo, 500));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** A rejected row: where, which field, why, and the row as read. */
    public record RejectedRow(long lineNo, String field, String reason, String raw) {
    }
}
