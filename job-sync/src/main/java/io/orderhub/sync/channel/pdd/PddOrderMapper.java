package io.orderhub.sync.channel.pdd;

import io.orderhub.common.money.Yuan;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.FundedBy;
import io.orderhub.common.order.MarketingLine;
import io.orderhub.common.order.MarketingType;
import io.orderhub.common.order.OrderAmounts;
import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.OrderTexts;
import io.orderhub.common.order.OrderTimes;
import io.orderhub.common.order.RefundState;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.sync.channel.AmountInvariants;
import io.orderhub.sync.channel.JsonFields;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.OrderMapper;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.status.StatusMapping;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDD order (as in {@code order_sn_list[]} or {@code order_info}) → unified order, following
 * docs/unified-model.md. Money is a JSON number in yuan, read from its text ({@link JsonFields#yuan}); times are
 * {@code yyyy-MM-dd HH:mm:ss} text, empty when not yet reached.
 *
 * <p>PDD tells refunds per order only ({@code refund_status}), so its one state is copied to every line. PDD has
 * no tax and no per-item discount: lines carry a zero discount share and the order discount lives in the marketing.
 */
final class PddOrderMapper implements OrderMapper {

    /** Lines carry no discount share on PDD (always zero), so only the totals can fail. */
    private static final AmountInvariants AMOUNTS = new AmountInvariants("order_info.goods_amount",
            "order_info.pay_amount", "order_info.item_list", "(no per-item discount)");

    @Override
    public UnifiedOrder map(String shopId, RawOrder raw, StatusMapping statuses) {
        JsonFields order = new JsonFields(raw.json(), "order_info");
        String orderSn = order.text("order_sn");
        String orderStatus = order.text("order_status");
        StatusMapping.Mapped status = statuses.orderStatus(Channel.PDD, orderStatus)
                .orElseThrow(() -> unknownStatus(order.where("order_status"), orderStatus));
        String refundStatus = order.text("refund_status");
        RefundState refund = statuses.refundState(Channel.PDD, refundStatus)
                .orElseThrow(() -> unknownStatus(order.where("refund_status"), refundStatus));

        List<OrderLine> lines = new ArrayList<>();
        for (JsonFields item : order.array("item_list")) {
            BigDecimal price = item.yuan("goods_price", false);
            lines.add(new OrderLine(item.textOrNull("outer_id"), item.textOrNull("sku_id"),
                    item.textOrNull("goods_name"), item.integer("goods_count"), null, price, Yuan.ZERO,
                    // PDD marks no gifts; a zero-priced item is one, as for JD and TOP
                    price.signum() == 0, refund, null));
        }
        boolean presale = order.has("is_pre_sale") && order.integer("is_pre_sale") == 1;
        LocalDateTime presaleTime = presale ? order.dateTime("pre_sale_time", true) : null;

        return AMOUNTS.check(new UnifiedOrder(Channel.PDD, shopId, orderSn, status.status(), orderStatus,
                RefundState.ofLines(lines.stream().map(OrderLine::refundState).toList()), status.onHold(),
                new OrderAmounts(order.yuan("goods_amount", false), order.yuan("discount_amount", true),
                        order.yuan("postage", true), Yuan.ZERO, order.yuan("pay_amount", false), "CNY"),
                new OrderTimes(order.dateTime("created_time", false), order.dateTime("pay_time", true),
                        order.dateTime("updated_at", false), lenientTime(order, "last_ship_time"),
                        order.dateTime("shipping_time", true), order.dateTime("receive_time", true)),
                presale, presaleTime == null ? null : presaleTime.toLocalDate(),
                false, null, lines, marketing(order),
                // buyer_memo 买家留言信息, remark 商家订单备注; province / city / town (区县) are plain names, unlike
                // receiver_name, receiver_phone and receiver_address (密文), which are not read.
                new OrderTexts(order.textOrNull("buyer_memo"), order.textOrNull("remark"),
                        OrderTexts.region(order.textOrNull("province"), order.textOrNull("city"),
                                order.textOrNull("town")))));
    }

    /** {@code discount_amount = platform_discount + seller_discount + capital_free_discount}; zero → no line. */
    private static List<MarketingLine> marketing(JsonFields order) {
        List<MarketingLine> lines = new ArrayList<>();
        add(lines, MarketingType.PLATFORM_COUPON, FundedBy.PLATFORM, "平台优惠", order.yuan("platform_discount", true));
        add(lines, MarketingType.SHOP_COUPON, FundedBy.SHOP, "店铺优惠", order.yuan("seller_discount", true));
        add(lines, MarketingType.OTHER, FundedBy.PLATFORM, "免单优惠", order.yuan("capital_free_discount", true));
        return lines;
    }

    private static void add(List<MarketingLine> lines, MarketingType type, FundedBy fundedBy, String name,
            BigDecimal amount) {
        if (amount.signum() != 0) {
            lines.add(new MarketingLine(type, fundedBy, name, amount));
        }
    }

    /**
     * {@code last_ship_time} (ship-by deadline) is not in the unified mapping table; it is read for the promised
     * ship time when it is a time, and ignored otherwise, so it can never quarantine an order.
     */
    private static LocalDateTime lenientTime(JsonFields order, String field) {
        try {
            return order.dateTime(field, true);
        } catch (MappingFailure notATime) {
            return null;
        }
    }

    private static MappingFailure unknownStatus(String field, String value) {
        return new MappingFailure(QuarantineReason.UNKNOWN_STATUS, field, "status '" + value + "' is not in the mapping");
    }
}
