package io.orderhub.sync.payment;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.persistence.OrderAuditEntry;
import io.orderhub.common.persistence.OrderWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Manual compensation (人工补单): an operator marks an order paid with evidence, and the evidence is checked with
 * the gateway's own query API first — trade number, paid status and amount must all match. Every attempt,
 * applied or refused, is written to {@code order_audit} with who, when, the evidence and the status before/after.
 */
@Service
public class ManualPayment {

    private final PaymentGateways gateways;
    private final GatewayQueries queries;
    private final OrderPayments payments;
    private final OrderWriter writer;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public ManualPayment(PaymentGateways gateways, GatewayQueries queries, OrderPayments payments,
            OrderWriter writer, TransactionTemplate tx, Clock clock) {
        this.gateways = gateways;
        this.queries = queries;
        this.payments = payments;
        this.writer = writer;
        this.tx = tx;
        this.clock = clock;
    }

    public String run(ManualPaymentRequest request, JobContext context) {
        PaymentGateway gateway = gateways.named(request.gateway()).orElseThrow(() -> new JobFailure("UNKNOWN_GATEWAY", "gateway: no payment gateway named '" + request.gateway() + "'", false));
        GatewayQuery query = queries.of(gateway.type()).orElse(null);
        if (query == null) {
            return refuse(request, gateway, null, "gateway: " + gateway.type() + " has no query API to verify evidence with");
        }
        Optional<PaymentNotice> trade;
        try {
            trade = query.query(gateway, request.orderId());
        } catch (GatewayQueryException | GatewayConfigurationException e) {
            return refuse(request, gateway, null, "the gateway could not confirm the evidence: " + e.getMessage());
        }
        if (trade.isEmpty()) {
            return refuse(request, gateway, null, "the gateway knows no trade for order " + request.orderId());
        }
        PaymentNotice confirmed = trade.get();
        if (!confirmed.paid()) {
            return refuse(request, gateway, null, "the gateway says the trade is " + confirmed.tradeStatus() + ", not paid");
        }
        if (!request.gatewayTradeNo().equals(confirmed.gatewayTradeNo())) {
            return refuse(request, gateway, null, "gatewayTradeNo: the gateway's trade number for this order is different");
        }
        if (request.amount().compareTo(confirmed.amount()) != 0) {
            return refuse(request, gateway, null, "amount: " + request.amount() + " is not the paid amount "
                    + confirmed.amount() + " the gateway reports");
        }
        OrderPayments.Result result = tx.execute(s -> {
            OrderPayments.Result marked = payments.markPaid(gateway.channel(), gateway.shopId(), confirmed, StatusSource.MANUAL);
            audit(request, gateway, marked.outcome() == OrderPayments.Outcome.MARKED_PAID ? "APPLIED" : "REFUSED",
                    marked.detail(), marked.before() == null ? null : marked.before().name(),
                    marked.outcome() == OrderPayments.Outcome.MARKED_PAID ? "PAID" : null);
            return marked;
        });
        if (result.outcome() != OrderPayments.Outcome.MARKED_PAID) {
            throw new JobFailure("REFUSED", "refused: " + result.detail(), false);
        }
        context.log().line("order {} of {}/{} marked PAID by {} (gateway {} trade {} confirmed {} yuan)",
                request.orderId(), gateway.channel(), gateway.shopId(), request.operator(), gateway.name(),
                confirmed.gatewayTradeNo(), confirmed.amount());
        return "applied: " + result.detail();
    }

    private String refuse(ManualPaymentRequest request, PaymentGateway gateway, String statusBefore, String reason) {
        tx.executeWithoutResult(s -> audit(request, gateway, "REFUSED", reason, statusBefore, null));
        throw new JobFailure("REFUSED", "refused: " + reason, false);
    }

    private void audit(ManualPaymentRequest request, PaymentGateway gateway, String outcome, String reason,
            String before, String after) {
        String evidence = json.writeValueAsString(java.util.Map.of("gateway", gateway.name(),
                "gatewayTradeNo", request.gatewayTradeNo(), "amount", request.amount().toPlainString(),
                "note", request.note() == null ? "" : request.note()));
        writer.audit(new OrderAuditEntry(gateway.channel(), gateway.shopId(), request.orderId(), "MARK_PAID",
                request.operator(), LocalDateTime.now(clock), outcome, reason, evidence, before, after));
    }
}
