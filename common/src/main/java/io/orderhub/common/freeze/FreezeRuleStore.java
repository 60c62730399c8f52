package io.orderhub.common.freeze;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** All SQL of {@code freeze_rule} and {@code freeze_decision}, and the read-only count of a buyer's orders. */
public class FreezeRuleStore {

    private final JdbcTemplate jdbc;

    public FreezeRuleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled rows, by id (the order in which they are asked; the first live match names the hold). */
    public List<FreezeRuleRow> enabledRows() {
        return jdbc.query("SELECT name, kind, channel, shop_id, threshold, sku, quantity_limit, keywords, dry_run"
                        + " FROM freeze_rule WHERE enabled = TRUE ORDER BY id",
                (rs, n) -> new FreezeRuleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6), (Integer) rs.getObject(7, Integer.class),
                        rs.getString(8), rs.getBoolean(9)));
    }

    /** Records decisions, one multi-row insert; a decision already recorded for (order, rule) stays as it was. */
    public void insertDecisions(List<FreezeDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO freeze_decision (order_no, channel, shop_id, rule_name, reason, dry_run, source,"
                + " decided_at) VALUES " + String.join(", ", Collections.nCopies(decisions.size(),
                "(?, ?, ?, ?, ?, ?, ?, ?)")) + " ON DUPLICATE KEY UPDATE rule_name = rule_name";
        jdbc.update(sql, ps -> {
            int p = 1;
            for (FreezeDecision d : decisions) {
                ps.setString(p++, d.orderNo());
                ps.setString(p++, d.channel());
                ps.setString(p++, d.shopId());
                ps.setString(p++, d.rule());
                ps.setString(p++, d.reason());
                ps.setBoolean(p++, d.dryRun());
                ps.setString(p++, d.source().name());
                ps.setObject(p++, d.decidedAt());
            }
        });
    }

    /** Writes an operator's release or reject on the order's live (not dry-run) decisions still open. */
    public int recordOperatorDecision(String orderNo, String decision, String operator, String reason,
            LocalDateTime at) {
        return jdbc.update("UPDATE freeze_decision SET operator_decision = ?, operator = ?, operator_reason = ?,"
                        + " operator_at = ? WHERE order_no = ? AND dry_run = FALSE AND operator_decision IS NULL",
                decision, operator, reason, at, orderNo);
    }

    /**
     * Whether an order of the shop is held, as a locking read: on MariaDB it waits for a hold another transaction is
     * applying (and keeps new ones out until the caller commits), so a decision never resolves the shop's
     * {@code OrderHeld} alert while a concurrent batch holds another of its orders.
     */
    public boolean shopHasHeldOrders(String channel, String shopId) {
        return !jdbc.queryForList("SELECT order_no FROM unified_order WHERE freeze_state = 'HELD' AND channel = ?"
                + " AND shop_id = ? LIMIT 1 FOR UPDATE", String.class, channel, shopId).isEmpty();
    }

    /**
     * The buyers among {@code buyers} with more than one stored order in their shop, in one statement for the whole
     * batch. Asked after the batch is written, so an order counts itself: a buyer with exactly one order is on their
     * first. Each buyer costs at most two entries of {@code ix_unified_order_buyer} ({@code LIMIT 2}), however many
     * orders they have: a grouped count read every order of a batch's buyers, and the sandbox's sixteen buyers per
     * shop own thousands each. The answer names buyers by their place in the question, not by the stored spelling
     * (the columns compare case-insensitively).
     */
    public Set<ShopBuyer> repeatBuyers(Collection<ShopBuyer> buyers) {
        if (buyers.isEmpty()) {
            return Set.of();
        }
        List<ShopBuyer> asked = List.copyOf(buyers);
        StringBuilder sql = new StringBuilder("SELECT buyer FROM (");
        for (int i = 0; i < asked.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("(SELECT ").append(i).append(" AS buyer FROM unified_order"
                    + " WHERE channel = ? AND shop_id = ? AND buyer_ref_masked = ? LIMIT 2)");
        }
        sql.append(") AS first_two GROUP BY buyer HAVING COUNT(*) > 1");
        List<Integer> repeat = jdbc.query(sql.toString(), ps -> {
            int p = 1;
            for (ShopBuyer buyer : asked) {
                ps.setString(p++, buyer.channel());
                ps.setString(p++, buyer.shopId());
                ps.setString(p++, buyer.buyerRefMasked());
            }
        }, (rs, n) -> rs.getInt(1));
        Set<ShopBuyer> repeatBuyers = new HashSet<>();
        repeat.forEach(i -> repeatBuyers.add(asked.get(i)));
        return repeatBuyers;
    }
}
