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
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.sync.channel.ChannelHttpFixture;
import io.orderhub.sync.channel.MalformedPageException;
import io.orderhub.sync.channel.MapStatusMapping;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.MoneyInvariants;
import io.orderhub.sync.channel.OrderPage;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.ShopCredentials;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.http.ChannelHttp;
import java.io.IOException;
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
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The 抖店 adapter against a MockWebServer speaking the open platform's wire format. */
class DouyinAdapterTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final DouyinAdapter adapter = new DouyinAdapter(ChannelHttpFixture.http(new DouyinChannel()));
    private final MapStatusMapping statuses = new MapStatusMapping()
            .order(Channel.DOUYIN, "2", OrderStatus.PAID)
            .order(Channel.DOUYIN, "105", OrderStatus.PAID)
            .order(Channel.DOUYIN, "5", OrderStatus.COMPLETED)
            .order(Channel.DOUYIN, "4", OrderStatus.CANCELLED)
            .refund(Channel.DOUYIN, "0", RefundState.NONE)
            .refund(Channel.DOUYIN, "1", RefundState.REQUESTED)
            .refund(Channel.DOUYIN, "3", RefundState.REFUNDED);
    private final TimeWindow window = new TimeWindow(LocalDateTime.of(2024, 1, 15, 9, 0),
            LocalDateTime.of(2024, 1, 15, 10, 0));

    static ShopSession shop(MockWebServer server) {
        return ShopSession.of(new ShopCredentials(Channel.DOUYIN, "shop-1", "1234567890123456789", "testsecret",
                "testtoken", server.url("/")));
    }

    static String fixture(String name) throws IOException {
        try (var in = DouyinAdapterTest.class.getResourceAsStream("/fixtures/douyin/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private RawOrder order(int index) throws IOException {
        server.enqueue(new MockResponse.Builder().body(fixture("search-list-page.json")).build());
        return adapter.fetchPage(shop(server), window, 1, 100).orders().get(index);
    }

    @Test
    void pageRequestIsASignedCallWithParamJsonAsTheBody() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("search-list-page.json")).build());

        adapter.fetchPage(shop(server), window, 3, 50);

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
                "order.searchList", body, "1705285800", "testsecret"));
    }

    @Test
    void firstPageIsPageZeroAndZeroIsSent() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("search-list-page.json")).build());

        adapter.fetchPage(shop(server), window, 1, 100);

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
    void limitsFollowTheOpenPlatform() {
        assertThat(adapter.limits().maxWindow()).isLessThanOrEqualTo(java.time.Duration.ofDays(1));
        assertThat(adapter.limits().maxLookback()).hasDays(90);
        assertThat(adapter.limits().maxPageSize()).isEqualTo(100);
        assertThat(adapter.limits().maxResultsPerQuery()).isEqualTo(50_000);
    }

    @Test
    void pageCarriesTheTotalAndTheRawShopOrders() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("search-list-page.json")).build());

        OrderPage page = adapter.fetchPage(shop(server), window, 1, 100);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.orders()).extracting(RawOrder::platformOrderId)
                .containsExactly("6918234567890123456", "6918234567890999000");
    }

    @Test
    void shopOrderMapsToTheUnifiedModelInYuan() throws Exception {
        UnifiedOrder order = adapter.map("shop-1", order(0), statuses);

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
        UnifiedOrder order = adapter.map("shop-1", raw(fixture("sdk-example-order.json")), statuses
                .order(Channel.DOUYIN, "3", OrderStatus.SHIPPED));

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
        UnifiedOrder order = adapter.map("shop-1", raw("{\"order_id\":\"1\",\"order_status\":2,"
                + "\"create_time\":1705281123,\"update_time\":1705282800,\"pay_amount\":300,"
                + "\"sku_order_list\":[{\"sku_id\":1,\"item_num\":3,\"origin_amount\":100}]}"), statuses);

        assertThat(order.amounts().goods()).isEqualTo(new BigDecimal("3.00"));
        assertThat(order.lines().get(0).unitPrice()).isEqualTo(new BigDecimal("1.00"));
    }

    /** SDK field doc of after_sale_info.refund_status: a withdrawn after-sale stays 28 / 1 and never moves to 4. */
    @Test
    void withdrawnAfterSaleIsNoRefund() throws Exception {
        UnifiedOrder order = adapter.map("shop-1", raw(fixture("sdk-example-order.json")), statuses
                .order(Channel.DOUYIN, "3", OrderStatus.SHIPPED));

        assertThat(order.lines()).extracting(OrderLine::refundState).containsOnly(RefundState.NONE);
        assertThat(order.refundState()).isEqualTo(RefundState.NONE);
    }

    @Test
    void negativeLineDiscountIsQuarantinedNamingTheField() {
        RawOrder raw = raw("{\"order_id\":\"1\",\"order_status\":2,\"create_time\":1705281123,"
                + "\"update_time\":1705282800,\"pay_amount\":100,\"sku_order_list\":[{\"sku_id\":1,\"item_num\":1,"
                + "\"origin_amount\":100,\"sum_amount\":100,\"promotion_amount\":-5}]}");

        assertThatThrownBy(() -> adapter.map("shop-1", raw, statuses))
                .isInstanceOfSatisfying(MappingFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(QuarantineReason.AMOUNT_INVARIANT);
                    assertThat(failure.field()).isEqualTo("shop_order.sku_order_list[0].promotion_amount");
                });
    }

    @Test
    void skuIdBeyondTwoToTheFiftyThreeKeepsEveryDigit() throws Exception {
        RawOrder raw = order(0);

        assertThat(raw.json().path("sku_order_list").get(0).path("sku_id").isIntegralNumber()).isTrue();
        assertThat(adapter.map("shop-1", raw, statuses).lines().get(0).platformSku()).isEqualTo("7312345678901234567");
        // through a double the id would come out as 7312345678901234688
        assertThat(new BigDecimal((double) 7312345678901234567L).toPlainString()).isNotEqualTo("7312345678901234567");
    }

    @Test
    void promotionFundersBecomeMarketingLinesSummingToTheDiscount() throws Exception {
        UnifiedOrder order = adapter.map("shop-1", order(0), statuses);

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
        UnifiedOrder order = adapter.map("shop-1", order(1), statuses);

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

        assertThat(adapter.map("shop-1", raw(template.formatted(5)), statuses).times().delivered())
                .isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 40));
        assertThat(adapter.map("shop-1", raw(template.formatted(4)), statuses).times().delivered()).isNull();
    }

    @Test
    void receiptDateGivenAsTextIsReadToo() {
        UnifiedOrder order = adapter.map("shop-1", raw("{\"order_id\":\"1\",\"order_status\":105,"
                + "\"create_time\":1705281123,\"update_time\":1705282800,\"pay_amount\":100,\"receipt_date\":\"2024-02-03\","
                + "\"sku_order_list\":[{\"sku_id\":1,\"item_num\":1,\"origin_amount\":100,\"pay_amount\":100,"
                + "\"pre_sale_type\":2}]}"), statuses);

        assertThat(order.presaleDeliveryDate()).isEqualTo(LocalDate.of(2024, 2, 3));
    }

    @Test
    void unknownOrderStatusIsNotGuessed() {
        RawOrder raw = raw("{\"order_id\":\"1\",\"order_status\":999,\"create_time\":1705281123,"
                + "\"update_time\":1705282800,\"pay_amount\":0}");

        assertThatThrownBy(() -> adapter.map("shop-1", raw, statuses))
                .isInstanceOfSatisfying(MappingFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(QuarantineReason.UNKNOWN_STATUS);
                    assertThat(failure.field()).isEqualTo("shop_order.order_status");
                });
    }

    @Test
    void unknownRefundStatusIsNotGuessed() {
        RawOrder raw = raw("{\"order_id\":\"1\",\"order_status\":2,\"create_time\":1705281123,"
                + "\"update_time\":1705282800,\"pay_amount\":100,\"sku_order_list\":[{\"sku_id\":1,\"item_num\":1,"
                + "\"origin_amount\":100,\"pay_amount\":100,\"after_sale_info\":{\"refund_status\":7}}]}");

        assertThatThrownBy(() -> adapter.map("shop-1", raw, statuses))
                .isInstanceOfSatisfying(MappingFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(QuarantineReason.UNKNOWN_STATUS);
                    assertThat(failure.field()).isEqualTo("shop_order.sku_order_list[0].after_sale_info.refund_status");
                });
    }

    @Test
    void amountThatIsNotFenNamesTheField() {
        RawOrder raw = raw("{\"order_id\":\"1\",\"order_status\":2,\"create_time\":1705281123,"
                + "\"update_time\":1705282800,\"pay_amount\":\"12.5元\"}");

        assertThatThrownBy(() -> adapter.map("shop-1", raw, statuses))
                .isInstanceOfSatisfying(MappingFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(QuarantineReason.INVALID_FIELD);
                    assertThat(failure.field()).isEqualTo("shop_order.pay_amount");
                });
    }

    @Test
    void detailReadsTheShopOrderDetail() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{\"code\":10000,\"msg\":\"success\",\"data\":"
                + "{\"shop_order_detail\":{\"order_id\":\"6918234567890123456\",\"order_status\":2}}}").build());

        RawOrder raw = adapter.fetchDetail(shop(server), "6918234567890123456").orElseThrow();

        assertThat(raw.platformOrderId()).isEqualTo("6918234567890123456");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/order/orderDetail");
        assertThat(request.getUrl().queryParameter("method")).isEqualTo("order.orderDetail");
        assertThat(request.getBody().utf8()).isEqualTo("{\"shop_order_id\":\"6918234567890123456\"}");
    }

    @Test
    void replyWithoutDataIsAMalformedPage() {
        String body = "{\"code\":10000,\"msg\":\"success\"}";
        server.enqueue(new MockResponse.Builder().body(body).build());

        assertThatThrownBy(() -> adapter.fetchPage(shop(server), window, 1, 100))
                .isInstanceOfSatisfying(MalformedPageException.class, e -> assertThat(e.body()).isEqualTo(body));
    }

    @Test
    void legacyErrNoZeroReplyIsAPage() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{\"err_no\":0,\"message\":\"success\",\"data\":{\"total\":0,"
                + "\"shop_order_list\":[]}}").build());

        assertThat(adapter.fetchPage(shop(server), window, 1, 100).orders()).isEmpty();
    }

    @Test
    void fixtureOrdersHoldTheMoneyInvariants() throws Exception {
        MoneyInvariants.assertHolds(adapter.map("shop-1", order(0), statuses));
        MoneyInvariants.assertHolds(adapter.map("shop-1", order(1), statuses));
        MoneyInvariants.assertHolds(adapter.map("shop-1", raw(fixture("sdk-example-order.json")),
                statuses.order(Channel.DOUYIN, "3", OrderStatus.SHIPPED)));
    }

    @Test
    void payAmountOffByOneFenIsQuarantinedNamingIt() throws Exception {
        RawOrder raw = MoneyInvariants.changed(order(0), o -> o.put("pay_amount", 23801));

        MoneyInvariants.assertQuarantined(() -> adapter.map("shop-1", raw, statuses), "shop_order.pay_amount");
    }

    @Test
    void sumAmountThatIsNotUnitPriceTimesPiecesIsQuarantinedNamingIt() throws Exception {
        RawOrder raw = MoneyInvariants.changed(order(0),
                o -> ((tools.jackson.databind.node.ObjectNode) o.get("sku_order_list").get(0)).put("sum_amount", 23900));

        MoneyInvariants.assertQuarantined(() -> adapter.map("shop-1", raw, statuses),
                "shop_order.sku_order_list[].sum_amount");
    }

    private static RawOrder raw(String json) {
        return new RawOrder("1", ChannelHttp.JSON.readTree(json));
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
}
