package io.orderhub.monitor.consistency.repair;

import io.orderhub.common.job.RunLog;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.persistence.LockedOrder;
import io.orderhub.common.persistence.OrderAuditEntry;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.monitor.consistency.check.CheckName;
import io.orderhub.monitor.consistency.finding.FindingStore;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * STATUS_DRIFT {@code gateway_paid}: the ledger holds the buyer's payment but the order is still PENDING_PAYMENT
 * here. Marks it PAID through {@link OrderWriter#lockForPayment}/{@link OrderWriter#markPaid} (the payment path's
 * own rule: only PENDING_PAYMENT → PAID), only when the ledger's amount equals the order's to the fen; each
 * decision (applied or refused, with the reason) is audited in {@code order_audit} in the same transaction.
 */
public class GatewayPaidRepair implements SafeRepair {

    static final String OPERATOR = SafeRepair.operator(CheckName.STATUS_DRIFT);

    private final JdbcTemplate jdbc;
    private final OrderWriter writer;
    private final FindingStore findings;
    private final TransactionTemplate transactions;

    public GatewayPaidRepair(JdbcTemplate jdbc, OrderWriter writer, FindingStore findings,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.findings = findings;
        this.transactions = transactions;
    }

    private record Candidate(long findingId, String orderNo, String channel, String shopId, String ledgerPaid) {
    }

    @Override
    public CheckName check() {
        return CheckName.STATUS_DRIFT;
    }

    @Override
    public int apply(String runId, LocalDateTime at, RunLog log) {
        List<Candidate> candidates = jdbc.query("SELECT id, order_no, channel, shop_id, their_value"
                + " FROM consistency_finding WHERE last_run_id = ? AND check_name = 'STATUS_DRIFT'"
                + " AND field = 'gateway_paid' AND open_key IS NOT NULL ORDER BY order_no",
                (rs, row) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), runId);
        int repaired = 0;
        int refused = 0;
        for (Candidate candidate : candidates) {
            Boolean applied = transactions.execute(status -> repair(candidate, runId, at));
            if (Boolean.TRUE.equals(applied)) {
                repaired++;
            } else {
                refused++;
            }
        }
        if (!candidates.isEmpty()) {
            log.line("repair STATUS_DRIFT gateway_paid: {} marked PAID, {} left for a person (see order_audit)",
                    repaired, refused);
        }
        return repaired;
    }

    private boolean repair(Candidate candidate, String runId, LocalDateTime at) {
        Channel channel = Channel.valueOf(candidate.channel());
        String platformOrderId = candidate.orderNo().substring(channel.orderNo("").length());
        Optional<LockedOrder> locked = writer.lockForPayment(channel, candidate.shopId(), platformOrderId);
        if (locked.isEmpty() || locked.get().status() != OrderStatus.PENDING_PAYMENT) {
            return false; // paid meanwhile (the sync or a callback got there first): the next run resolves it
        }
        LockedOrder order = locked.get();
        String evidence = "{\"finding\":" + candidate.findingId() + ",\"run\":\"" + runId + "\",\"ledgerPaid\":\""
                + candidate.ledgerPaid() + "\",\"orderPaid\":\"" + order.paidAmount().toPlainString() + "\"}";
        if (new BigDecimal(candidate.ledgerPaid()).compareTo(order.paidAmount()) != 0) {
            writer.audit(new OrderAuditEntry(channel, candidate.shopId(), platformOrderId, "MARK_PAID", OPERATOR, at,
                    "REFUSED", "ledger amount differs from the order's", evidence, order.status().name(), null));
            return false;
        }
        writer.markPaid(order, null, StatusSource.RECONCILE);
        writer.audit(new OrderAuditEntry(channel, candidate.shopId(), platformOrderId, "MARK_PAID", OPERATOR, at,
                "APPLIED", "consistency finding: paid at the gateway, PENDING_PAYMENT here", evidence,
                OrderStatus.PENDING_PAYMENT.name(), OrderStatus.PAID.name()));
        findings.resolveByRepair(candidate.findingId(), OPERATOR, at, "marked PAID through the payment path");
        return true;
    }
}
