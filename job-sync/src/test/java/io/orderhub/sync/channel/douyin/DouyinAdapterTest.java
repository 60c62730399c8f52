package io.orderhub.sync.channel.douyin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.FundedBy;
import io.orderhub.common.order.MarketingLine;
import io.orderhub.common.order.MarketingType;
import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.RefundState;
import io.orderhub.common.order.OrderTexts;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.sync.channel.ChannelAdapterContract;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.MoneyInvariants;
import io.orderhub.sync.channel.RawOrder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The 抖店 adapter against a MockWebServer speaking the open platform's wire format. */
class DouyinAdapterTest extends ChannelAdapterContract {

    DouyinAdapterTest() {
        super(new DouyinChannel());
    }

    @Override
    protected void assertDetailRequest(RecordedRequest request, String platformOrderId) throws Exception {
        HttpUrl url = request.getUrl();
        String body = request.getBody().utf8();
        assertThat(url.encodedPath()).isEqualTo("/order/orderDetail");
        assertThat(url.queryParameter("method")).isEqualTo("order.orderDetail");
        assertThat(body).isEqualTo("{\"shop_order_id\":\"" + platformOrderId + "\"}");
        assertThat(url.queryParameter("sign")).isEqualTo(independentHmacSha256(appKey(), "order.orderDetail", body,
                url.queryParameter("timestamp"), SECRET));
    }

    @Test
    void sdkExampleOrderHoldsTheMoneyInvariants() {
        MoneyInvariants.assertHolds(map(raw(fixture("sdk-example-order.json"))));
    }

    @Test
    void pageRequestIsASignedCallWithParamJsonAsTheBody() throws Exception {
        enqueue(fixture("page.json"));

        fetchPage(3, 50);

        RecordedRequest request = server.takeRequest();
        HttpUrl url = request.getUrl();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(url.encodedPath()).isEqualTo("/order/searchList");
        assertThat(url.queryParameterNames()).containsExactlyInAnyOrder("app_key", "method", "access_token", "v",
                "timestamp", "sign_method", "sign");
        assertThat(url.queryParameter("app_key")).isEqualTo("1234567890123456789");
        assertThat(url.queryParameter("method")).isEqualTo("order.searchList");
        assertThat(url.queryParameter("access_token")).isEqualTo("testtoken");
        assertThat(url.queryParameter("v")).isEqualTo("2");
        assertThat(url.queryParameter("timestamp")).isEqualTo("1705285800");
        assertThat(url.queryParameter("sign_method")).isEqualTo("hmac-sha256");
        String body = request.getBody().utf8();
        assertThat(body).isEqualTo("{\"order_asc\":false,\"order_by\":\"update_time\",\"page\":2,\"size\":50,"
                + "\"update_time_end\":1705284000,\"update_time_start\":1705280400}");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(url.queryParameter("sign")).isEqualTo(independentHmacSha256("1234567890123456789",
                "order.searchList", body, "1705285800", SECRET));
    }

    @Test
    void firstPageIsPageZeroAndZeroIsSent() throws Exception {
        enqueue(fixture("page.json"));

        fetchPage(1, 100);

        assertThat(server.takeRequest().getBody().utf8()).contains("\"page\":0,\"size\":100");
    }

    @Test
    void paramJsonIsSortedAtEveryLevelAndEscapesNothingExtra() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("z", 1);
        nested.put("a", "x/y <b>&'\"中文😀");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("size", 100);
        params.put("combine_status", List.of(nested));
        params.put("unset", null);
        params.put("page", 0);

        assertThat(DouyinClient.paramJson(params)).isEqualTo(
                "{\"combine_status\":[{\"a\":\"x/y <b>&'\\\"中文😀\",\"z\":1}],\"page\":0,\"size\":100}");
    }

    @Test
    void shopOrderMapsToTheUnifiedModelInYuan() throws Exception {
        UnifiedOrder order = map(fixtureOrder(0));

        assertThat(order.channel()).isEqualTo(Channel.DOUYIN);
        assertThat(order.platformOrderId()).isEqualTo("6918234567890123456");
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.platformStatus()).isEqualTo("2");
        assertThat(order.refundState()).isEqualTo(RefundState.REQUESTED);
        assertThat(order.amounts().goods()).isEqualTo(new BigDecimal("258.00"));
        assertThat(order.amounts().freight()).isEqualTo(new BigDecimal("10.00"));
        assertThat(order.amounts().tax()).isEqualTo(new BigDecimal("0.00"));
        assertThat(order.amounts().paid()).isEqualTo(new BigDecimal("238.00"));
        assertThat(order.amounts().discount()).isEqualTo(new BigDecimal("30.00"));
        assertThat(order.amounts().balanced()).isTrue();
        assertThat(order.times().created()).isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 12, 3));
        assertThat(order.times().paid()).isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 13, 10));
        assertThat(order.times().platformModified()).isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 40));
        assertThat(order.times().promisedShipBy()).isEqualTo(LocalDateTime.of(2024, 1, 17, 9, 13, 10));
        assertThat(order.times().shipped()).isNull();
        assertThat(order.times().delivered()).isNull();
        assertThat(order.presale()).isFalse();
        assertThat(order.crossBorder()).isFalse();
        assertThat(order.buyerRefMasked()).isEqualTo("1***9");
        assertThat(order.lines()).extracting(OrderLine::sku, OrderLine::platformSku, OrderLine::quantity,
                        OrderLine::unitPrice, OrderLine::discountShare, OrderLine::gift, OrderLine::refundState)
                .containsExactly(
                        tuple("TEA-500G", "7312345678901234567", 2, new BigDecimal("119.00"), new BigDecimal("28.00"),
                                false, RefundState.NONE),
                        tuple("CUP-01", "7312345678901234568", 1, new BigDecimal("20.00"), new BigDecimal("2.00"),
                                false, RefundState.REQUESTED),
                        tuple("GIFT-BAG", "7312345678901234569", 1, new BigDecimal("0.00"), new BigDecimal("0.00"),
                                true, RefundState.NONE));
    }

    /** The SDK model's own example: origin_amount 100 (商品现价, a unit price), item_num 2, sum_amount 200. */
    @Test
    void originAmountIsTheUnitPriceAndSumAmountTheLineTotal() throws Exception {
        UnifiedOrder order = map(raw(fixture("sdk-example-order.json")));

        assertThat(order.lines()).extracting(OrderLine::quantity, OrderLine::unitPrice, OrderLine::discountShare)
                .containsExactly(tuple(2, new BigDecimal("1.00"), new BigDecimal("0.20")),
                        tuple(1, new BigDecimal("0.00"), new BigDecimal("0.00")));
        assertThat(order.amounts().goods()).isEqualTo(new BigDecimal("2.00"));
        assertThat(order.amounts().freight()).isEqualTo(new BigDecimal("6.00"));
        assertThat(order.amounts().discount()).isEqualTo(new BigDecimal("0.20"));
        assertThat(order.amounts().paid()).isEqualTo(new BigDecimal("7.80"));
        assertThat(order.amounts().balanced()).isTrue();
    }

    @Test
    void lineWithoutSumAmountTotalsUnitPriceTimesPieces() {
        UnifiedOrder order = map(raw("{\"order_id\":\"1\",\"order_status\":2,"
                + "\"create_time\":1705281123,\"update_time\":1705282800,\"pay_amount\":300,"
                + "\"sku_order_list\":[{\"sku_id\":1,\"item_num\":3,\"origin_amount\":100}]}"));

        assertThat(order.amounts().goods()).isEqualTo(new BigDecimal("3.00"));
        assertThat(order.lines().get(0).unitPrice()).isEqualTo(new BigDecimal("1.00"));
    }

    /** SDK field doc of after_sale_info.refund_status: a withdrawn after-sale stays 28 / 1 and never moves to 4. */
    @Test
    void withdrawnAfterSaleIsNoRefund() throws Exception {
        UnifiedOrder order = map(raw(fixture("sdk-example-order.json")));

        assertThat(order.lines()).extracting(OrderLine::refundState).containsOnly(RefundState.NONE);
        assertThat(order.refundState()).isEqualTo(RefundState.NONE);
    }

    @Test
    void negativeLineDiscountIsQuarantinedNamingTheField() {
        RawOrder raw = raw("{\"order_id\":\"1\",\"order_status\":2,\"create_time\":1705281123,"
                + "\"update_time\":1705282800,\"pay_amount\":100,\"sku_order_list\":[{\"sku_id\":1,\"item_num\":1,"
                + "\"origin_amount\":100,\"sum_amount\":100,\"promotion_amount\":-5}]}");

        assertThatThrownBy(() -> map(raw))
                .isInstanceOfSatisfying(MappingFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(QuarantineReason.AMOUNT_INVARIANT);
                    assertThat(failure.field()).isEqualTo("shop_order.sku_order_list[0].promotion_amount");
                });
    }

    @Test
    void skuIdBeyondTwoToTheFiftyThreeKeepsEveryDigit() throws Exception {
        RawOrder raw = fixtureOrder(0);

        assertThat(raw.json().path("sku_order_list").get(0).path("sku_id").isIntegralNumber()).isTrue();
        assertThat(map(raw).lines().get(0).platformSku()).isEqualTo("7312345678901234567");
        // through a double the id would come out as 7312345678901234688
        assertThat(new BigDecimal((double) 7312345678901234567L).toPlainString()).isNotEqualTo("7312345678901234567");
    }

    @Test
    void promotionFundersBecomeMarketingLinesSummingToTheDiscount() throws Exception {
        UnifiedOrder order = map(fixtureOrder(0));

        assertThat(order.marketing()).extracting(m -> m.type() + "/" + m.fundedBy() + "/" + m.amount())
                .containsExactly(MarketingType.SHOP_COUPON + "/" + FundedBy.SHOP + "/20.00",
                        MarketingType.PLATFORM_COUPON + "/" + FundedBy.PLATFORM + "/5.00",
                        MarketingType.LIVE_STREAM_DISCOUNT + "/" + FundedBy.AUTHOR + "/5.00");
        assertThat(order.marketing().stream().map(MarketingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(order.amounts().discount());
        assertThat(order.lines().stream().map(OrderLine::discountShare).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(order.amounts().discount());
    }

    @Test
    void presaleCrossBorderOrderKeepsReceiptDateAndTax() throws Exception {
        UnifiedOrder order = map(fixtureOrder(1));

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.platformStatus()).isEqualTo("105");
        assertThat(order.presale()).isTrue();
        assertThat(order.presaleDeliveryDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(order.crossBorder()).isTrue();
        assertThat(order.amounts().tax()).isEqualTo(new BigDecimal("45.50"));
        assertThat(order.amounts().paid()).isEqualTo(new BigDecimal("545.50"));
        assertThat(order.amounts().balanced()).isTrue();
        assertThat(order.marketing()).isEmpty();
        assertThat(order.refundState()).isEqualTo(RefundState.REFUNDED);
        assertThat(order.times().promisedShipBy()).isNull();
        assertThat(order.buyerRefMasked()).isNull();
    }

    @Test
    void finishTimeIsADeliveryOnlyForCompletedOrders() {
        String template = "{\"order_id\":\"1\",\"order_status\":%d,\"create_time\":1705281123,\"update_time\":1705282800,"
                + "\"finish_time\":1705282800,\"pay_amount\":0}";

        assertThat(map(raw(template.formatted(5))).times().delivered())
                .isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 40));
        assertThat(map(raw(template.formatted(4))).times().delivered()).isNull();
    }

    @Test
    void receiptDateGivenAsTextIsReadToo() {
        UnifiedOrder order = map(raw("{\"order_id\":\"1\",\"order_status\":105,"
                + "\"create_time\":1705281123,\"update_time\":1705282800,\"pay_amount\":100,\"receipt_date\":\"2024-02-03\","
                + "\"sku_order_list\":[{\"sku_id\":1,\"item_num\":1,\"origin_amount\":100,\"pay_amount\":100,"
                + "\"pre_sale_type\":2}]}"));

        assertThat(order.presaleDeliveryDate()).isEqualTo(LocalDate.of(2024, 2, 3));
    }

    @Test
    void legacyErrNoZeroReplyIsAPage() throws Exception {
        enqueue("{\"err_no\":0,\"message\":\"success\",\"data\":{\"total\":0,"
                + "\"shop_order_list\":[]}}");

        assertThat(fetchPage(1, 100).orders()).isEmpty();
    }

    @Test
    void payAmountOffByOneFenIsQuarantinedNamingIt() throws Exception {
        RawOrder raw = MoneyInvariants.changed(fixtureOrder(0), o -> o.put("pay_amount", 23801));

        MoneyInvariants.assertQuarantined(() -> map(raw), "shop_order.pay_amount");
    }

    @Test
    void sumAmountThatIsNotUnitPriceTimesPiecesIsQuarantinedNamingIt() throws Exception {
        RawOrder raw = MoneyInvariants.changed(fixtureOrder(0),
                o -> ((tools.jackson.databind.node.ObjectNode) o.get("sku_order_list").get(0)).put("sum_amount", 23900));

        MoneyInvariants.assertQuarantined(() -> map(raw),
                "shop_order.sku_order_list[].sum_amount");
    }

    /** 抖店's rule written again from the docs: HMAC-SHA256 over secret+app_key…+v2+secret, lowercase hex. */
    private static String independentHmacSha256(String appKey, String method, String paramJson, String timestamp,
            String secret) throws Exception {
        String message = secret + "app_key" + appKey + "method" + method + "param_json" + paramJson + "timestamp"
                + timestamp + "v2" + secret;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }


    @Override
    protected OrderTextsSample orderTextsSample() {
        return new OrderTextsSample("buyer_words", """
                "buyer_words":"送女朋友的礼物，别放发票😊","seller_words":"",
                "post_addr":{"province":{"name":"广东省","id":"44"},"city":{"name":"深圳市","id":"4403"},
                "town":{"name":"南山区","id":"440305"},"street":{"name":"粤海街道","id":"440305007"},"detail":"",
                "encrypt_detail":"#3s9X#Q2Fzc2V0cy9kZXRhaWw=#1##"},
                "post_receiver":"","encrypt_post_receiver":"##ZmFrZSByZWNlaXZlcg==#1##",
                "encrypt_post_tel":"$$MTM4MDAwMDAwMDA=$1$$"
                """, new OrderTexts("送女朋友的礼物，别放发票😊", null,
                "广东省 深圳市 南山区 粤海街道"));
    }
}
