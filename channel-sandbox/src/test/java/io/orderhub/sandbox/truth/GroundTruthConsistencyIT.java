package io.orderhub.sandbox.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.SignedCalls;
import io.orderhub.sandbox.generator.SimTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pulls every order of each platform over HTTP, maps the payloads with a deliberately naive reading of
 * docs/unified-model.md written here in the test, and compares with the sandbox's ground truth.
 */
class GroundTruthConsistencyIT {
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final ChannelSandbox sandbox = ChannelSandbox.builder().seed(2024).shopsPerChannel(1).ordersPerShop(600)
            .span(Duration.ofDays(2)).now(Instant.now().minusSeconds(300)).inconsistentFraction(0.05)
            .refundNotReflectedFraction(0.5)
            .unlimitedRateLimits().build().start();
    private final SignedCalls calls = new SignedCalls(sandbox);
    private final long now = sandbox.now().getEpochSecond();
    private final long from = now - 3 * 86_400L;

    /** The fields compared, as text. */
    record Seen(String id, String status, String refund, boolean onHold, String goods, String discount,
                String freight, String tax, String paid, String modified, List<String> lines,
                List<String> marketing) {
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Map<String, Seen> truth(Channel channel, boolean withFunder) {
        return sandbox.truth(channel, sandbox.shops(channel).get(0).shopId()).map(o -> new Seen(o.platformOrderId(),
                o.status().name(), o.refundState().name(), o.onHold(), o.goodsAmount().toPlainString(),
                o.discountAmount().toPlainString(), o.freightAmount().toPlainString(), o.taxAmount().toPlainString(),
                o.paidAmount().toPlainString(), SimTime.TEXT.format(o.modifiedAt()),
                o.lines().stream().map(l -> l.sku() + "|" + l.platformSku() + "|" + l.quantity() + "|"
                        + l.unitPrice().toPlainString() + "|" + l.gift() + "|" + l.refundState()).toList(),
                o.marketing().stream().map(m -> m.type() + (withFunder ? "|" + m.fundedBy() : "") + "|"
                        + m.amount().toPlainString()).sorted().toList()))
                .collect(Collectors.toMap(Seen::id, Function.identity()));
    }

    private static String yuan(BigDecimal value) {
        return value.setScale(2).toPlainString();
    }

    private static String yuan(JsonNode node) {
        return yuan(new BigDecimal(node.asString()));
    }

    private static String fen(JsonNode node) {
        return yuan(BigDecimal.valueOf(node.asLong(), 2));
    }

    private static String refundOf(List<String> lineRefunds) {
        long refunded = lineRefunds.stream().filter("REFUNDED"::equals).count();
        if (refunded == lineRefunds.size()) {
            return "REFUNDED";
        }
        if (refunded > 0) {
            return "PARTIAL";
        }
        return lineRefunds.contains("REQUESTED") ? "REQUESTED" : "NONE";
    }

    @Test
    void taobaoPayloadsMapToTheTruth() {
        ShopCredentials shop = sandbox.shops(Channel.TAOBAO).get(0);
        Map<String, Seen> seen = new HashMap<>();
        for (long start = from; start < now; start += 86_400) {
            boolean hasNext = true;
            for (int page = 1; hasNext; page++) {
                Map<String, String> p = new HashMap<>();
                p.put("fields", "tid");
                p.put("start_modified", SimTime.text(start));
                p.put("end_modified", SimTime.text(Math.min(now, start + 86_400)));
                p.put("page_no", Integer.toString(page));
                p.put("page_size", "100");
                p.put("use_has_next", "true");
                JsonNode response = calls.taobao(shop, "taobao.trades.sold.increment.get", p).json()
                        .get("trades_sold_increment_get_response");
                response.path("trades").path("trade").forEach(t -> seen.put(t.get("tid_str").asString(), taobao(t)));
                hasNext = response.get("has_next").asBoolean();
            }
        }
        assertThat(seen).isEqualTo(truth(Channel.TAOBAO, false));
    }

    private static Seen taobao(JsonNode t) {
        String status = switch (t.get("status").asString()) {
            case "WAIT_BUYER_PAY", "PAY_PENDING", "WAIT_PRE_AUTH_CONFIRM", "TRADE_NO_CREATE_PAY" -> "PENDING_PAYMENT";
            case "WAIT_SELLER_SEND_GOODS" -> "PAID";
            case "SELLER_CONSIGNED_PART" -> "PARTIALLY_SHIPPED";
            case "WAIT_BUYER_CONFIRM_GOODS" -> "SHIPPED";
            case "TRADE_BUYER_SIGNED" -> "DELIVERED";
            case "TRADE_FINISHED" -> "COMPLETED";
            default -> "CANCELLED";
        };
        List<String> lines = new ArrayList<>();
        List<String> refunds = new ArrayList<>();
        for (JsonNode o : t.at("/orders/order")) {
            String refund = switch (o.get("refund_status").asString()) {
                case "SUCCESS" -> "REFUNDED";
                case "WAIT_SELLER_AGREE", "WAIT_BUYER_RETURN_GOODS", "WAIT_SELLER_CONFIRM_GOODS" -> "REQUESTED";
                default -> "NONE";
            };
            refunds.add(refund);
            boolean gift = o.path("is_free_gift").asBoolean(false) || new BigDecimal(o.get("price").asString()).signum() == 0;
            lines.add(o.get("outer_sku_id").asString() + "|" + o.get("sku_id").asString() + "|" + o.get("num").asInt()
                    + "|" + yuan(o.get("price")) + "|" + gift + "|" + refund);
        }
        List<String> marketing = new ArrayList<>();
        for (JsonNode d : t.path("promotion_details").path("promotion_detail")) {
            String id = d.get("promotion_id").asString();
            String type = id.startsWith("shopbonus") || id.startsWith("coupon") ? "SHOP_COUPON"
                    : id.startsWith("mjs") || id.startsWith("manjian") ? "FULL_REDUCTION"
                    : id.startsWith("tmallcoupon") || id.startsWith("platform") ? "PLATFORM_COUPON" : "OTHER";
            marketing.add(type + "|" + yuan(d.get("discount_fee")));
        }
        BigDecimal goods = new BigDecimal(t.get("total_fee").asString());
        BigDecimal freight = new BigDecimal(t.get("post_fee").asString());
        BigDecimal tax = t.has("order_tax_fee") ? new BigDecimal(t.get("order_tax_fee").asString()) : BigDecimal.ZERO;
        BigDecimal paid = new BigDecimal(t.get("payment").asString());
        return new Seen(t.get("tid_str").asString(), status, refundOf(refunds), false, yuan(goods),
                yuan(goods.add(freight).add(tax).subtract(paid)), yuan(freight), yuan(tax), yuan(paid),
                t.get("modified").asString(), lines, marketing.stream().sorted().toList());
    }

    @Test
    void jdPayloadsMapToTheTruth() {
        ShopCredentials shop = sandbox.shops(Channel.JD).get(0);
        Map<String, Seen> seen = new HashMap<>();
        Map<String, String> presale = new HashMap<>();
        for (int page = 1; ; page++) {
            String json = "{\"dateType\":0,\"end_date\":\"" + SimTime.text(now) + "\",\"optional_fields\":\"orderId,"
                    + "orderState,orderTotalPrice,orderPayment,freightPrice,taxFee,modified,itemInfoList,"
                    + "couponDetailList,orderFlag,appointmentCalendar\",\"order_state\":\"WAIT_SELLER_STOCK_OUT,WAIT_GOODS_RECEIVE_CONFIRM,"
                    + "FINISHED_L,TRADE_CANCELED,LOCKED,PAUSE\",\"page\":\"" + page + "\",\"page_size\":\"100\","
                    + "\"sortType\":1,\"start_date\":\"" + SimTime.text(from) + "\"}";
            JsonNode list = calls.jd(shop, json).json()
                    .at("/jingdong_pop_order_search_responce/searchorderinfo_result/orderInfoList");
            if (list.isEmpty()) {
                break;
            }
            list.forEach(o -> seen.put(o.get("orderId").asString(), jd(o)));
            list.forEach(o -> presale.put(o.get("orderId").asString(), o.at("/orderFlag/preSaleOrder").asBoolean()
                    + "|" + (o.has("appointmentCalendar")
                    ? o.at("/appointmentCalendar/opDeliveredTime").asString().substring(0, 10) : "null")));
        }
        assertThat(seen).isEqualTo(truth(Channel.JD, true));
        assertThat(seen.values()).anyMatch(s -> !s.refund().equals("NONE"));
        assertThat(presale.values()).anyMatch(v -> v.startsWith("true|"));
        assertThat(presale).isEqualTo(sandbox.truth(Channel.JD, shop.shopId())
                .collect(Collectors.toMap(UnifiedOrder::platformOrderId,
                        o -> o.presale() + "|" + o.expectedDelivery())));
    }

    private static Seen jd(JsonNode o) {
        String state = o.get("orderState").asString();
        String status = switch (state) {
            case "WAIT_GOODS_RECEIVE_CONFIRM" -> "SHIPPED";
            case "FINISHED_L" -> "COMPLETED";
            case "TRADE_CANCELED" -> "CANCELLED";
            default -> "PAID";
        };
        boolean onHold = state.equals("PAUSE") || state.equals("POP_ORDER_PAUSE") || state.equals("LOCKED");
        List<String> lines = new ArrayList<>();
        List<String> refunds = new ArrayList<>();
        for (JsonNode i : o.get("itemInfoList")) {
            String refund = "NONE";
            for (JsonNode afs : i.path("afsInfoList")) {
                refund = switch (afs.get("refundStatus").asString()) {
                    case "3", "6", "9" -> "REFUNDED";
                    case "0", "1", "5", "7", "10" -> "REQUESTED";
                    default -> refund;
                };
            }
            refunds.add(refund);
            lines.add(i.get("outerSkuId").asString() + "|" + i.get("skuId").asString() + "|"
                    + i.get("itemTotal").asString() + "|" + yuan(i.get("jdPrice")) + "|"
                    + (new BigDecimal(i.get("jdPrice").asString()).signum() == 0) + "|" + refund);
        }
        List<String> marketing = new ArrayList<>();
        for (JsonNode c : o.get("couponDetailList")) {
            String type = c.get("couponType").asString().split("-")[0];
            String mapped = switch (type) {
                case "41", "39", "52" -> "PLATFORM_COUPON|PLATFORM";
                case "30", "100" -> "SHOP_COUPON|SHOP";
                case "20", "28", "29" -> "FULL_REDUCTION|SHOP";
                case "34", "35" -> "OTHER|PLATFORM";
                default -> "OTHER|OTHER";
            };
            marketing.add(mapped + "|" + yuan(c.get("couponPrice")));
        }
        BigDecimal goods = new BigDecimal(o.get("orderTotalPrice").asString());
        BigDecimal freight = new BigDecimal(o.get("freightPrice").asString());
        BigDecimal tax = new BigDecimal(o.get("taxFee").asString());
        BigDecimal paid = new BigDecimal(o.get("orderPayment").asString());
        return new Seen(o.get("orderId").asString(), status, refundOf(refunds), onHold, yuan(goods),
                yuan(goods.add(freight).add(tax).subtract(paid)), yuan(freight), yuan(tax), yuan(paid),
                o.get("modified").asString(), lines, marketing.stream().sorted().toList());
    }

    @Test
    void douyinPayloadsMapToTheTruth() {
        ShopCredentials shop = sandbox.shops(Channel.DOUYIN).get(0);
        Map<String, Seen> seen = new HashMap<>();
        for (int page = 0; ; page++) {
            String json = "{\"order_by\":\"update_time\",\"page\":" + page + ",\"size\":100,\"update_time_end\":" + now
                    + ",\"update_time_start\":" + from + "}";
            JsonNode list = EXACT.readTree(calls.douyin(shop, json).body()).at("/data/shop_order_list");
            if (list.isEmpty()) {
                break;
            }
            list.forEach(o -> seen.put(o.get("order_id").asString(), douyin(o)));
        }
        assertThat(seen).isEqualTo(truth(Channel.DOUYIN, true));
    }

    private static Seen douyin(JsonNode o) {
        String status = switch (o.get("order_status").asInt()) {
            case 1 -> "PENDING_PAYMENT";
            case 105, 2 -> "PAID";
            case 101 -> "PARTIALLY_SHIPPED";
            case 3 -> "SHIPPED";
            case 4 -> "CANCELLED";
            default -> "COMPLETED";
        };
        List<String> lines = new ArrayList<>();
        List<String> refunds = new ArrayList<>();
        long goods = 0;
        for (JsonNode s : o.get("sku_order_list")) {
            // SDK AfterSaleInfo: a withdrawn after-sale keeps refund_status 1 with after_sale_status 28: no refund.
            String refund = s.at("/after_sale_info/after_sale_status").asInt() == 28 ? "NONE"
                    : switch (s.at("/after_sale_info/refund_status").asInt()) {
                        case 3 -> "REFUNDED";
                        case 1, 2 -> "REQUESTED";
                        default -> "NONE";
                    };
            refunds.add(refund);
            // SDK SkuOrderListItem: sum_amount 商品现价*件数 is the line total, origin_amount 商品现价 the unit price.
            goods += s.get("sum_amount").asLong();
            BigDecimal unit = BigDecimal.valueOf(s.get("origin_amount").asLong(), 2);
            lines.add(s.get("out_sku_id").asString() + "|" + s.get("sku_id").bigIntegerValue() + "|"
                    + s.get("item_num").asInt() + "|" + yuan(unit) + "|"
                    + s.get("given_product_type").asString().equals("FREE") + "|" + refund);
        }
        List<String> marketing = new ArrayList<>();
        if (o.get("promotion_shop_amount").asLong() != 0) {
            marketing.add("SHOP_COUPON|SHOP|" + fen(o.get("promotion_shop_amount")));
        }
        if (o.get("promotion_platform_amount").asLong() != 0) {
            marketing.add("PLATFORM_COUPON|PLATFORM|" + fen(o.get("promotion_platform_amount")));
        }
        if (o.get("promotion_talent_amount").asLong() != 0) {
            marketing.add("LIVE_STREAM_DISCOUNT|AUTHOR|" + fen(o.get("promotion_talent_amount")));
        }
        return new Seen(o.get("order_id").asString(), status, refundOf(refunds), false,
                yuan(BigDecimal.valueOf(goods, 2)), fen(o.get("promotion_amount")), fen(o.get("post_amount")),
                fen(o.get("tax_amount")), fen(o.get("pay_amount")), SimTime.text(o.get("update_time").asLong()),
                lines, marketing.stream().sorted().toList());
    }

    @Test
    void pddPayloadsMapToTheTruth() {
        ShopCredentials shop = sandbox.shops(Channel.PDD).get(0);
        Map<String, Seen> seen = new HashMap<>();
        for (long start = from; start < now; start += 1800) {
            boolean hasNext = true;
            for (int page = 1; hasNext; page++) {
                JsonNode response = EXACT.readTree(calls.pddIncrementPage(shop, start, Math.min(now, start + 1800),
                        page).body()).get("order_sn_increment_get_response");
                response.get("order_sn_list").forEach(o -> seen.put(o.get("order_sn").asString(), pdd(o)));
                hasNext = response.get("has_next").asBoolean();
            }
        }
        assertThat(seen).isEqualTo(truth(Channel.PDD, true));
    }

    private static Seen pdd(JsonNode o) {
        String status = switch (o.get("order_status").asInt()) {
            case 1 -> "PAID";
            case 2 -> "SHIPPED";
            default -> "DELIVERED";
        };
        String refund = switch (o.get("refund_status").asInt()) {
            case 4 -> "REFUNDED";
            case 2 -> "REQUESTED";
            default -> "NONE";
        };
        List<String> lines = new ArrayList<>();
        for (JsonNode i : o.get("item_list")) {
            lines.add(i.get("outer_id").asString() + "|" + i.get("sku_id").asLong() + "|" + i.get("goods_count").asInt()
                    + "|" + yuan(i.get("goods_price").decimalValue()) + "|false|" + refund);
        }
        List<String> marketing = new ArrayList<>();
        addIfNonZero(marketing, "PLATFORM_COUPON|PLATFORM|", o.get("platform_discount").decimalValue());
        addIfNonZero(marketing, "SHOP_COUPON|SHOP|", o.get("seller_discount").decimalValue());
        addIfNonZero(marketing, "OTHER|PLATFORM|", o.get("capital_free_discount").decimalValue());
        return new Seen(o.get("order_sn").asString(), status, refund.equals("NONE") ? "NONE" : refund, false,
                yuan(o.get("goods_amount").decimalValue()), yuan(o.get("discount_amount").decimalValue()),
                yuan(o.get("postage").decimalValue()), "0.00", yuan(o.get("pay_amount").decimalValue()),
                o.get("updated_at").asString(), lines, marketing.stream().sorted().toList());
    }

    private static void addIfNonZero(List<String> marketing, String prefix, BigDecimal amount) {
        if (amount.signum() != 0) {
            marketing.add(prefix + yuan(amount));
        }
    }

    @Test
    void truthOverHttpMatchesTheJavaApi() {
        for (Channel channel : Channel.values()) {
            ShopCredentials shop = sandbox.shops(channel).get(0);
            List<String> lines = calls.get("/_sandbox/truth?channel=" + channel + "&shop=" + shop.shopId()).body()
                    .lines().toList();
            List<UnifiedOrder> truth = sandbox.truth(channel, shop.shopId()).toList();
            assertThat(lines).hasSize(truth.size());
            for (int i = 0; i < lines.size(); i++) {
                JsonNode line = SignedCalls.JSON.readTree(lines.get(i));
                assertThat(line.get("platformOrderId").asString()).isEqualTo(truth.get(i).platformOrderId());
                assertThat(line.get("paidAmount").asString()).isEqualTo(truth.get(i).paidAmount().toPlainString());
            }
        }
    }
}
