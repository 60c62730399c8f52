package io.orderhub.bench;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a statement of the write path does, told from its SQL text: the unit {@link WriterStatementProfile} reports
 * time in. The names are the keys' middle part ({@code writer_stmt_<name>_us_per_order}).
 */
enum StatementKind {
    /** {@code order_write_lock}: the shops' lock rows, taken first. */
    LOCK_SHOPS("lock_shops"),
    /** The locking read of stored versions ({@code SELECT … FROM unified_order … FOR UPDATE}). */
    SELECT_VERSIONS("select_versions"),
    /** The guarded multi-row {@code INSERT … ON DUPLICATE KEY UPDATE} of headers. */
    HEADER_UPSERT("header_upsert"),
    /** Any other change of {@code unified_order} (the payment transition). */
    HEADER_UPDATE("header_update"),
    /** Deleting replaced orders' lines or discounts. */
    CHILD_DELETE("child_delete"),
    LINE_INSERT("line_insert"),
    MARKETING_INSERT("marketing_insert"),
    HISTORY_INSERT("history_insert"),
    OUTBOX_INSERT("outbox_insert"),
    /** The sync's cursor ({@code sync_cursor}), moved with a window's last page. */
    CURSOR_UPDATE("cursor_update"),
    /** The sync's shop lease ({@code shop_sync_lease}), renewed in every batch. */
    LEASE_UPDATE("lease_update"),
    /** Freeze rules (docs/freeze-rules.md): the rules' read, at most once per {@code oms.freeze.rules-ttl}. */
    FREEZE_RULES_READ("freeze_rules_read"),
    /** Freeze rules: which of a batch's buyers have another order in their shop ({@code FIRST_ORDER_AMOUNT_ABOVE}). */
    FREEZE_FIRST_ORDER_COUNT("freeze_first_order_count"),
    /** Freeze rules: the multi-row insert of the batch's decisions. */
    FREEZE_DECISION_INSERT("freeze_decision_insert"),
    /** Freeze rules: the read of which orders to hold were never held. */
    FREEZE_NEVER_HELD("freeze_never_held"),
    /** Freeze rules: the update that puts the batch's orders on hold. */
    FREEZE_HOLD("freeze_hold"),
    /** Freeze rules: the {@code OrderHeld} alert's post ({@code alert_state}). */
    ALERT_POST("alert_post"),
    /** The transaction's commit (not a statement, but the database's work for the batch ends there). */
    COMMIT("commit"),
    OTHER("other");

    private static final Pattern TABLE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|select\\s.*?\\sfrom)\\s+`?(\\w+)`?", Pattern.DOTALL);

    private final String key;

    StatementKind(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** The kind of one SQL statement; {@link #OTHER} for anything the write path does not issue. */
    static StatementKind of(String sql) {
        String text = sql.toLowerCase(Locale.ROOT);
        var table = TABLE.matcher(text);
        if (!table.find()) {
            return OTHER;
        }
        String verb = text.stripLeading().substring(0, 6);
        return switch (table.group(1)) {
            case "order_write_lock" -> verb.equals("insert") ? LOCK_SHOPS : OTHER;
            case "unified_order" -> switch (verb) {
                case "select" -> text.contains(" for update") ? SELECT_VERSIONS
                        : text.contains("buyer_ref_masked") ? FREEZE_FIRST_ORDER_COUNT
                        : text.contains("freeze_state is null") ? FREEZE_NEVER_HELD : OTHER;
                case "insert" -> HEADER_UPSERT;
                case "update" -> text.contains("freeze_state = 'held'") ? FREEZE_HOLD : HEADER_UPDATE;
                default -> OTHER;
            };
            case "order_line" -> verb.equals("delete") ? CHILD_DELETE : verb.equals("insert") ? LINE_INSERT : OTHER;
            case "order_marketing" -> verb.equals("delete") ? CHILD_DELETE
                    : verb.equals("insert") ? MARKETING_INSERT : OTHER;
            case "order_status_history" -> verb.equals("insert") ? HISTORY_INSERT : OTHER;
            case "order_event_outbox" -> verb.equals("insert") ? OUTBOX_INSERT : OTHER;
            case "freeze_rule" -> verb.equals("select") ? FREEZE_RULES_READ : OTHER;
            case "freeze_decision" -> verb.equals("insert") ? FREEZE_DECISION_INSERT : OTHER;
            case "alert_state" -> ALERT_POST;
            case "sync_cursor" -> verb.equals("select") ? OTHER : CURSOR_UPDATE;
            case "shop_sync_lease" -> verb.equals("select") ? OTHER : LEASE_UPDATE;
            default -> OTHER;
        };
    }
}
