package io.orderhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each statement the write path issues is counted under its own kind, whatever its row count or layout. */
class StatementKindTest {

    @Test
    void writerStatementsAreToldApartByTableAndVerb() {
        assertThat(StatementKind.of("INSERT INTO order_write_lock (channel, shop_id) VALUES (?, ?), (?, ?)"
                + " ON DUPLICATE KEY UPDATE shop_id = VALUES(shop_id)")).isEqualTo(StatementKind.LOCK_SHOPS);
        assertThat(StatementKind.of("SELECT order_no, status, platform_modified_at FROM unified_order WHERE order_no"
                + " IN (?, ?, ?) FOR UPDATE")).isEqualTo(StatementKind.SELECT_VERSIONS);
        assertThat(StatementKind.of("INSERT INTO unified_order (order_no, channel) VALUES (?, ?) ON DUPLICATE KEY"
                + " UPDATE status = CASE WHEN VALUES(platform_modified_at) > platform_modified_at THEN VALUES(status)"
                + " ELSE status END")).isEqualTo(StatementKind.HEADER_UPSERT);
        assertThat(StatementKind.of("UPDATE unified_order SET status = 'PAID' WHERE order_no = ?"))
                .isEqualTo(StatementKind.HEADER_UPDATE);
        assertThat(StatementKind.of("DELETE FROM order_line WHERE order_no IN (?, ?)"))
                .isEqualTo(StatementKind.CHILD_DELETE);
        assertThat(StatementKind.of("DELETE FROM order_marketing WHERE order_no IN (?)"))
                .isEqualTo(StatementKind.CHILD_DELETE);
        assertThat(StatementKind.of("INSERT INTO order_line (order_no, line_no) VALUES (?, ?)"))
                .isEqualTo(StatementKind.LINE_INSERT);
        assertThat(StatementKind.of("INSERT INTO order_marketing (order_no, seq) VALUES (?, ?)"))
                .isEqualTo(StatementKind.MARKETING_INSERT);
        assertThat(StatementKind.of("INSERT INTO order_status_history (order_no, from_status) VALUES (?, ?)"))
                .isEqualTo(StatementKind.HISTORY_INSERT);
        assertThat(StatementKind.of("INSERT INTO order_event_outbox (event_id, channel) VALUES (?, ?)"))
                .isEqualTo(StatementKind.OUTBOX_INSERT);
    }

    @Test
    void syncCursorAndLeaseWritesAreToldApartFromTheirReads() {
        assertThat(StatementKind.of("\n            INSERT INTO sync_cursor (channel, shop_id, cursor_modified_at,"
                + " updated_at)\n            VALUES (?, ?, ?, ?)")).isEqualTo(StatementKind.CURSOR_UPDATE);
        assertThat(StatementKind.of("UPDATE shop_sync_lease SET expires_at = ? WHERE channel = ?"))
                .isEqualTo(StatementKind.LEASE_UPDATE);
        assertThat(StatementKind.of("SELECT holder, expires_at FROM shop_sync_lease WHERE channel = ?"))
                .isEqualTo(StatementKind.OTHER);
    }

    @Test
    void freezeRuleStatementsAreToldApartFromTheWritersOwn() {
        assertThat(StatementKind.of("SELECT name, kind FROM freeze_rule WHERE enabled = TRUE ORDER BY id"))
                .isEqualTo(StatementKind.FREEZE_RULES_READ);
        assertThat(StatementKind.of("SELECT buyer_ref_masked FROM unified_order WHERE channel = ? AND shop_id = ?"
                + " AND buyer_ref_masked IN (?, ?) GROUP BY buyer_ref_masked HAVING COUNT(*) > 1"))
                .isEqualTo(StatementKind.FREEZE_FIRST_ORDER_COUNT);
        assertThat(StatementKind.of("SELECT buyer FROM ((SELECT 0 AS buyer FROM unified_order WHERE channel = ?"
                + " AND shop_id = ? AND buyer_ref_masked = ? LIMIT 2) UNION ALL (SELECT 1 AS buyer FROM unified_order"
                + " WHERE channel = ? AND shop_id = ? AND buyer_ref_masked = ? LIMIT 2)) AS first_two GROUP BY buyer"
                + " HAVING COUNT(*) > 1"))
                .isEqualTo(StatementKind.FREEZE_FIRST_ORDER_COUNT);
        assertThat(StatementKind.of("INSERT INTO freeze_decision (order_no, rule_name) VALUES (?, ?)"))
                .isEqualTo(StatementKind.FREEZE_DECISION_INSERT);
        assertThat(StatementKind.of("SELECT order_no FROM unified_order WHERE order_no IN (?, ?)"
                + " AND freeze_state IS NULL")).isEqualTo(StatementKind.FREEZE_NEVER_HELD);
        assertThat(StatementKind.of("UPDATE unified_order SET freeze_state = 'HELD', freeze_rule = CASE order_no"
                + " WHEN ? THEN ? END WHERE order_no IN (?) AND freeze_state IS NULL"))
                .isEqualTo(StatementKind.FREEZE_HOLD);
        assertThat(StatementKind.of("SELECT starts_at, ends_at, episode FROM alert_state WHERE fingerprint = ?"))
                .isEqualTo(StatementKind.ALERT_POST);
        assertThat(StatementKind.of("UPDATE alert_state SET summary = ? WHERE fingerprint = ? AND episode = ?"))
                .isEqualTo(StatementKind.ALERT_POST);
    }

    @Test
    void readsAndUnknownStatementsAreOther() {
        assertThat(StatementKind.of("SELECT order_no FROM unified_order WHERE order_no IN (?)"))
                .isEqualTo(StatementKind.OTHER);
        assertThat(StatementKind.of("select * from order_line where order_no = ?")).isEqualTo(StatementKind.OTHER);
        assertThat(StatementKind.of("SET time_zone = '+08:00'")).isEqualTo(StatementKind.OTHER);
        assertThat(StatementKind.of("INSERT INTO raw_payload (channel) VALUES (?)")).isEqualTo(StatementKind.OTHER);
    }
}
