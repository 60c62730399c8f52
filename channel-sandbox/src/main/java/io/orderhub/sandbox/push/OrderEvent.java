package io.orderhub.sandbox.push;

import io.orderhub.sandbox.generator.OrderTimeline;
import java.util.function.ToLongFunction;

/**
 * The lifecycle events of an order that produce a Taobao message, with the message-service topic each one is
 * published under. Create/pay/ship/success/close are the topics of docs/callbacks.md; the step-pay, partial-ship,
 * signed, refund and memo topics follow TMC's naming ({@code taobao_<group>_<Event>}) and are the sandbox's picks.
 */
public enum OrderEvent {
    CREATED("taobao_trade_TradeCreate", OrderTimeline::createdAt),
    DEPOSIT_PAID("taobao_trade_TradeBuyerStepPay", OrderTimeline::depositPaidAt),
    PAID("taobao_trade_TradeBuyerPay", OrderTimeline::paidAt),
    PART_SHIPPED("taobao_trade_TradePartlySellerShip", OrderTimeline::partShippedAt),
    SHIPPED("taobao_trade_TradeSellerShip", OrderTimeline::shippedAt),
    DELIVERED("taobao_trade_TradeBuyerSigned", OrderTimeline::deliveredAt),
    COMPLETED("taobao_trade_TradeSuccess", OrderTimeline::completedAt),
    CANCELLED("taobao_trade_TradeClose", OrderTimeline::cancelledAt),
    REFUND_REQUESTED("taobao_refund_RefundCreated", OrderTimeline::refundRequestedAt),
    REFUNDED("taobao_refund_RefundSuccess", OrderTimeline::refundedAt),
    /** A seller remark ({@code ChannelSandbox#touch}): not a timeline event. */
    MEMO_MODIFIED("taobao_trade_TradeMemoModified", t -> 0L);

    private final String topic;
    private final ToLongFunction<OrderTimeline> time;

    OrderEvent(String topic, ToLongFunction<OrderTimeline> time) {
        this.topic = topic;
        this.time = time;
    }

    public String topic() {
        return topic;
    }

    /** When the event happens in this timeline (Unix seconds), 0 = never. */
    public long at(OrderTimeline timeline) {
        return time.applyAsLong(timeline);
    }
}
