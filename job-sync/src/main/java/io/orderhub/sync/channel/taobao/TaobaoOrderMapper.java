package io.orderhub.sync.channel.taobao;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.FundedBy;
import io.orderhub.common.order.MarketingLine;
import io.orderhub.common.order.MarketingType;
import io.orderhub.common.order.OrderAmounts;
import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.OrderTexts;
import io.orderhub.common.order.OrderTimes;
import io.orderhub.common.order.RefundState;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.sync.channel.AmountInvariants;
import io.orderhub.sync.channel.BuyerMask;
import io.orderhub.sync.channel.JsonFields;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.OrderMapper;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.status.StatusMapping;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A TOP trade (as in {@code trades.trade[]} or {@code trade_fullinfo_get_response.trade}) → unified order. */
final class TaobaoOrderMapper implements OrderMapper {

    /** TOP: total_fee is 商品金额 (price × num over the orders), payment what the buyer pays. */
    private static final AmountInvariants AMOUNTS = new AmountInvariants("trade.total_fee", "trade.payment",
            "trade.orders.order", "discount_fee");

    @Override
    public UnifiedOrder map(String shopId, RawOrder raw, StatusMapping statuses) {
        JsonFields trade = new JsonFields(raw.json(), "trade");
        String tid = trade.has("tid_str") ? trade.text("tid_str") : trade.text("tid");
        String platformStatus = trade.text("status");
        StatusMapping.Mapped status = statuses.orderStatus(Channel.TAOBAO, platformStatus)
                .orElseThrow(() -> unknownStatus(trade.where("status"), platformStatus));

        List<OrderLine> lines = lines(trade, statuses);
        BigDecimal goods = trade.yuan("total_fee", false);
        BigDecimal freight = trade.yuan("post_fee", true);
        BigDecimal tax = trade.yuan("order_tax_fee", true);
        BigDecimal paid = trade.yuan("payment", false);
        LocalDateTime estimatedShipping = lenientTime(trade, "est_con_time");
        LocalDateTime endTime = trade.dateTime("end_time", true);
        boolean presale = trade.has("step_trade_status");

        return AMOUNTS.check(new UnifiedOrder(Channel.TAOBAO, shopId, tid, status.status(), platformStatus,
                RefundState.ofLines(lines.stream().map(OrderLine::refundState).toList()), status.onHold(),
                new OrderAmounts(goods, goods.add(freight).add(tax).subtract(paid), freight, tax, paid, "CNY"),
                new OrderTimes(trade.dateTime("created", false), trade.dateTime("pay_time", true),
                        trade.dateTime("modified", false), estimatedShipping, trade.dateTime("consign_time", true),
                        status.status() == OrderStatus.COMPLETED ? endTime : null),
                presale, presale && estimatedShipping != null ? estimatedShipping.toLocalDate() : null,
                tax.signum() > 0,
                BuyerMask.mask(trade.has("buyer_open_uid") ? trade.text("buyer_open_uid") : trade.textOrNull("buyer_nick")),
                lines, marketing(trade), texts(trade)));
    }

    /**
     * TOP {@code Trade.buyer_message} 买家留言, {@code seller_memo} 卖家备注, and the receiver's {@code receiver_state}
     * 省份, {@code receiver_city}, {@code receiver_district} 所在地区, {@code receiver_town} 街道 — sent in plain text,
     * unlike the name, phone and detailed address (加密, OAID), which are not read.
     */
    private static OrderTexts texts(JsonFields trade) {
        return new OrderTexts(trade.textOrNull("buyer_message"), trade.textOrNull("seller_memo"),
                OrderTexts.region(trade.textOrNull("receiver_state"), trade.textOrNull("receiver_city"),
                        trade.textOrNull("receiver_district"), trade.textOrNull("receiver_town")));
    }

    private static List<OrderLine> lines(JsonFields trade, StatusMapping statuses) {
        List<OrderLine> lines = new ArrayList<>();
        JsonFields orders = trade.has("orders") ? trade.object("orders") : null;
        if (orders == null) {
            return lines;
        }
        for (JsonFields order : orders.array("order")) {
            BigDecimal price = order.yuan("price", false);
            String refund = order.has("refund_status") ? order.text("refund_status") : "NO_REFUND";
            RefundState refundState = statuses.refundState(Channel.TAOBAO, refund)
                    .orElseThrow(() -> unknownStatus(order.where("refund_status"), refund));
            boolean gift = order.has("is_free_gift") ? Boolean.parseBoolean(order.text("is_free_gift")) : price.signum() == 0;
            lines.add(new OrderLine(order.textOrNull("outer_sku_id"),
                    order.has("sku_id") ? order.text("sku_id") : order.textOrNull("num_iid"),
                    order.textOrNull("title"), order.integer("num"), null, price,
                    order.yuan("discount_fee", true).add(order.yuan("part_mjz_discount", true)),
                    gift, refundState, null));
        }
        return lines;
    }

    private static List<MarketingLine> marketing(JsonFields trade) {
        List<MarketingLine> lines = new ArrayList<>();
        if (!trade.has("promotion_details")) {
            return lines;
        }
        for (JsonFields promotion : trade.object("promotion_details").array("promotion_detail")) {
            String id = promotion.has("promotion_id") ? promotion.text("promotion_id").toLowerCase(Locale.ROOT) : "";
            MarketingType type = typeOf(id);
            lines.add(new MarketingLine(type, fundedBy(type), promotion.textOrNull("promotion_name"),
                    promotion.yuan("discount_fee", false)));
        }
        return lines;
    }

    /** TOP identifies the promotion tool by the prefix of {@code promotion_id}. */
    private static MarketingType typeOf(String promotionId) {
        if (promotionId.startsWith("shopbonus") || promotionId.startsWith("coupon")) {
            return MarketingType.SHOP_COUPON;
        }
        if (promotionId.startsWith("mjs") || promotionId.startsWith("manjian")) {
            return MarketingType.FULL_REDUCTION;
        }
        if (promotionId.startsWith("tmallcoupon") || promotionId.startsWith("platform")) {
            return MarketingType.PLATFORM_COUPON;
        }
        return MarketingType.OTHER;
    }

    private static FundedBy fundedBy(MarketingType type) {
        return switch (type) {
            case SHOP_COUPON, FULL_REDUCTION -> FundedBy.SHOP;
            case PLATFORM_COUPON -> FundedBy.PLATFORM;
            default -> FundedBy.OTHER;
        };
    }

    /**
     * {@code est_con_time} is a time for most trades but free text ("付款后3天内") for some sellers: a value that is
     * not a time means "not promised", not a broken order.
     */
    private static LocalDateTime lenientTime(JsonFields trade, String field) {
        try {
            return trade.dateTime(field, true);
        } catch (MappingFailure notATime) {
            return null;
        }
    }

    private static MappingFailure unknownStatus(String field, String value) {
        return new MappingFailure(QuarantineReason.UNKNOWN_STATUS, field, "status '" + value + "' is not in the mapping");
    }

}
