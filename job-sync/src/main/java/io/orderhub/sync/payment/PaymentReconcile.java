package io.orderhub.sync.payment;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.order.StatusSource;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Paid, but the order still says awaiting payment": orders of a gateway's shop still PENDING_PAYMENT some
 * minutes after creation are looked up with the gateway's query API; a paid trade of the right amount marks the
 * order paid with {@code source=RECONCILE}. Lost notifications are repaired this way without trusting anything
 * but the gateway's signed answer. Then (unless {@code askChannels} is false) each enabled shop's awaiting orders
 * are fetched again from the platform ({@link ChannelRecheck}).
 */
@Service
public class PaymentReconcile {

    private final PaymentGateways gateways;
    private final ChannelRecheck channels;
    private final GatewayQueries queries;
    private final OrderPayments payments;
    private final PaymentProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    public PaymentReconcile(PaymentGateways gateways, ChannelRecheck channels, GatewayQueries queries, OrderPayments payments,
            PaymentProperties properties, TransactionTemplate tx, Clock clock) {
        this.gateways = gateways;
        this.channels = channels;
        this.queries = queries;
        this.payments = payments;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    public String run(ReconcileRequest request, JobContext context) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime createdBefore = now.minus(properties.reconcileAfter());
        LocalDateTime createdAfter = now.minus(properties.reconcileLookback());
        List<PaymentGateway> chosen = gateways.all().stream()
                .filter(g -> request.gateways().isEmpty() || request.gateways().contains(g.name())).toList();
        if (chosen.isEmpty() && !request.gateways().isEmpty()) {
            throw new JobFailure("UNKNOWN_GATEWAY", "no payment gateway matches " + request.gateways() + "; configured: "
                    + gateways.all().stream().map(PaymentGateway::name).toList(), false);
        }
        Map<String, Integer> totals = new TreeMap<>();
        for (PaymentGateway gateway : chosen) {
            GatewayQuery query = queries.of(gateway.type()).orElse(null);
            if (query == null) {
                context.log().line("{}: {} gateways have no query API here; skipped", gateway.name(), gateway.type());
                continue;
            }
            Map<String, Integer> counts = reconcile(gateway, query, createdAfter, createdBefore, request.limit(), context);
            counts.forEach((k, v) -> totals.merge(k, v, Integer::sum));
            context.log().line("{} ({}/{}), orders created {} .. {}: {}", gateway.name(), gateway.channel(),
                    gateway.shopId(), createdAfter.withNano(0), createdBefore.withNano(0), counts);
        }
        if (request.askChannels()) {
            Map<String, Integer> counts = channels.run(createdAfter, createdBefore, request.limit(), context);
            counts.forEach((k, v) -> totals.merge(k, v, Integer::sum));
            context.log().line("channels (order detail APIs), orders created {} .. {}: {}", createdAfter.withNano(0),
                    createdBefore.withNano(0), counts);
        }
        return totals.toString();
    }

    private Map<String, Integer> reconcile(PaymentGateway gateway, GatewayQuery query, LocalDateTime createdAfter,
            LocalDateTime createdBefore, int limit, JobContext context) {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> awaiting = payments.awaitingPayment(gateway.channel(), gateway.shopId(), createdAfter,
                createdBefore, limit);
        counts.put("checked", awaiting.size());
        for (String orderId : awaiting) {
            Optional<PaymentNotice> trade;
            try {
                trade = query.query(gateway, orderId);
            } catch (GatewayQueryException | GatewayConfigurationException e) {
                counts.merge("queryFailed", 1, Integer::sum);
                context.log().line("{} order {}: {}", gateway.name(), orderId, e.getMessage());
                continue;
            }
            if (trade.isEmpty()) {
                counts.merge("unknownToGateway", 1, Integer::sum);
            } else if (!trade.get().paid()) {
                counts.merge("stillUnpaid", 1, Integer::sum);
            } else {
                OrderPayments.Result result = tx.execute(s -> payments.markPaid(gateway.channel(), gateway.shopId(),
                        trade.get(), StatusSource.RECONCILE));
                switch (result.outcome()) {
                    case MARKED_PAID -> counts.merge("fixedPaid", 1, Integer::sum);
                    case AMOUNT_MISMATCH -> {
                        counts.merge("amountMismatch", 1, Integer::sum);
                        context.log().line("{} order {}: {}", gateway.name(), orderId, result.detail());
                    }
                    default -> counts.merge("alreadyMoved", 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
