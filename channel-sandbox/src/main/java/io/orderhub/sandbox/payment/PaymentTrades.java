package io.orderhub.sandbox.payment;

import io.orderhub.sandbox.generator.OrderCatalog;
import io.orderhub.sandbox.generator.OrderIds;
import io.orderhub.sandbox.generator.OrderStatus;
import io.orderhub.sandbox.generator.ShopOrderBook;
import io.orderhub.sandbox.generator.SimOrder;
import io.orderhub.sandbox.generator.SimTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The payment side of an order of a gateway shop: {@code out_trade_no} = the platform order id, the amount = what
 * the truth says the buyer paid ({@code paidFen}, as served), and gateway ids derived from the order so the notify
 * and the query agree. Payment states at the simulated now: paid → TRADE_SUCCESS / SUCCESS, cancelled unpaid →
 * TRADE_CLOSED / CLOSED, otherwise WAIT_BUYER_PAY / NOTPAY.
 */
public final class PaymentTrades {
    static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final OrderCatalog catalog;

    public PaymentTrades(OrderCatalog catalog) {
        this.catalog = catalog;
    }

    public enum PaymentState { UNPAID, PAID, CLOSED }

    /** The order behind {@code outTradeNo} in the gateway's shop, as it stands at the simulated now. */
    public Optional<SimOrder> find(PaymentGateway gateway, String outTradeNo) {
        if (outTradeNo == null) {
            return Optional.empty();
        }
        long now = catalog.now();
        ShopOrderBook book = catalog.book(gateway.channel(), gateway.shopIndex());
        return OrderIds.decode(gateway.channel(), outTradeNo)
                .filter(ref -> ref.shop() == gateway.shopIndex() && ref.index() < book.indexLimit()
                        && book.visible(ref.index(), now))
                .map(ref -> book.order(ref.index(), now))
                .filter(order -> order.orderId().equals(outTradeNo));
    }

    /** The order at an instant (notifies describe the moment of payment). */
    public SimOrder orderAt(PaymentGateway gateway, int index, long at) {
        return catalog.book(gateway.channel(), gateway.shopIndex()).orderAsOf(index, at);
    }

    /** The platform order id (= out_trade_no) of an order of the gateway's shop, without generating it. */
    public String orderId(PaymentGateway gateway, int index) {
        ShopOrderBook book = catalog.book(gateway.channel(), gateway.shopIndex());
        return OrderIds.orderId(gateway.channel(), gateway.shopIndex(), index, book.timeline(index).createdAt());
    }

    /** Notify id of the genuine notice of an order (Alipay notify_id / WeChat notification id). */
    public static String noticeId(PaymentGateway gateway, String orderId) {
        return gateway.kind() == PaymentKind.ALIPAY ? AlipayNotices.notifyId(gateway, orderId)
                : WechatPayNotices.notificationId(gateway, orderId);
    }

    public static PaymentState state(SimOrder order) {
        if (order.paid()) {
            return PaymentState.PAID;
        }
        return order.status() == OrderStatus.CANCELLED ? PaymentState.CLOSED : PaymentState.UNPAID;
    }

    /** Alipay {@code trade_no}: creation date, "2200", 16 digits from the order id (28 digits). */
    static String alipayTradeNo(SimOrder order) {
        return SimTime.date(order.timeline().createdAt()).replace("-", "") + "2200"
                + String.format("%016d", Math.floorMod(mix(order.numericId(), order.shop()), 10_000_000_000_000_000L));
    }

    /** WeChat Pay {@code transaction_id}: "4200", 6 digits, creation date, 10 digits (28 digits). */
    static String wechatTransactionId(SimOrder order) {
        long h = mix(order.numericId(), order.shop() + 7);
        return "4200" + String.format("%06d", Math.floorMod(h, 1_000_000))
                + SimTime.date(order.timeline().createdAt()).replace("-", "")
                + String.format("%010d", Math.floorMod(h >>> 20, 10_000_000_000L));
    }

    /** Alipay buyer id (2088 + 12 digits). */
    static String alipayBuyerId(SimOrder order) {
        return "2088" + String.format("%012d", Math.floorMod(mix(order.numericId(), 3), 1_000_000_000_000L));
    }

    /** WeChat openid under the gateway's appid: "o" + 27 characters. */
    static String openId(PaymentGateway gateway, SimOrder order) {
        long h = mix(order.numericId(), gateway.appId().hashCode());
        return "o" + String.format("%027x", h & Long.MAX_VALUE).substring(0, 27).replace('0', 'Q');
    }

    static String rfc3339(long epochSecond) {
        return RFC3339.format(SimTime.local(epochSecond).atOffset(SimTime.CHINA));
    }

    static String rfc3339(Instant instant) {
        return rfc3339(instant.getEpochSecond());
    }

    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
