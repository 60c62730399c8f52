package io.orderhub.sync.channel.jd;

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
import io.orderhub.sync.channel.ChannelAdapterContract;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.MoneyInvariants;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.ShopSession;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The JOS adapter against a MockWebServer speaking JOS's wire format. */
class JdAdapterTest extends ChannelAdapterContract {

    JdAdapterTest() {
        super(new JdChannel());
    }

    @Override
    protected void assertDetailRequest(RecordedRequest request, String platformOrderId) throws Exception {
        assertThat(request.getUrl().queryParameter("method")).isEqualTo("jingdong.pop.order.get");
        Map<String, String> form = form(request.getBody().utf8());
        assertThat(form.get("360buy_param_json"))
                .startsWith("{\"optional_fields\":\"orderId,").endsWith("\",\"order_id\":" + platformOrderId + "}");
        assertThat(request.getUrl().queryParameter("sign")).isEqualTo(independentMd5(request.getUrl(), form, SECRET));
    }

    private static String gatewayError(String code, String zh) {
        return "{\"error_response\":{\"code\":\"" + code + "\",\"zh_desc\":\"" + zh + "\",\"en_desc\":\"x\"}}";
    }

    /** JD has no rate-limit error kind: its throttle, code 67, is an unknown error that JD advises to retry. */
    @Test
    void throttledCallIsRetriedAndThenServed() {
        enqueue(gatewayError("67", "调用次数超过限制,请1秒后重试"));
        enqueue(fixture("page.json"));
        ShopSession shop = shop();

        assertThat(adapter.fetchPage(shop, window(), 1, 50).orders()).hasSize(3);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(shop.stats().retries()).isEqualTo(1);
    }

    @Test
    void pageRequestIsASignedJosCallWithSortedCompactParamJson() throws Exception {
        enqueue(fixture("page.json"));

        fetchPage(3, 50);

        RecordedRequest request = server.takeRequest();
        HttpUrl url = request.getUrl();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(url.encodedPath()).isEqualTo("/routerjson");
        assertThat(url.queryParameterNames()).containsExactlyInAnyOrder("method", "app_key", "access_token", "v",
                "timestamp", "sign");
        assertThat(url.queryParameter("method")).isEqualTo("jingdong.pop.order.search");
        assertThat(url.queryParameter("app_key")).isEqualTo("testappkey");
        assertThat(url.queryParameter("access_token")).isEqualTo("testtoken");
        assertThat(url.queryParameter("v")).isEqualTo("2.0");
        assertThat(url.queryParameter("timestamp")).isEqualTo("2024-01-15 10:30:00");
        Map<String, String> form = form(request.getBody().utf8());
        assertThat(form).containsOnlyKeys("360buy_param_json");
        assertThat(form.get("360buy_param_json")).isEqualTo("{\"dateType\":0,\"end_date\":\"2024-01-15 10:00:00\","
                + "\"optional_fields\":\"orderId,orderState,orderStateRemark,orderTotalPrice,orderSellerPrice,"
                + "orderPayment,freightPrice,sellerDiscount,taxFee,orderStartTime,paymentConfirmTime,modified,"
                + "orderEndTime,pin,itemInfoList,couponDetailList,orderFlag,appointmentCalendar,balanceUsed,orderRemark,"
                + "venderRemark,consigneeInfo\","
                + "\"order_state\":\"WAIT_SELLER_STOCK_OUT,"
                + "WAIT_GOODS_RECEIVE_CONFIRM,WAIT_SELLER_DELIVERY,PAUSE,FINISHED_L,TRADE_CANCELED,LOCKED,"
                + "POP_ORDER_PAUSE\",\"page\":\"3\",\"page_size\":\"50\",\"sortType\":1,"
                + "\"start_date\":\"2024-01-15 09:00:00\"}");
        assertThat(url.queryParameter("sign")).isEqualTo(independentMd5(url, form, SECRET));
    }

    @Test
    void orderMapsToTheUnifiedModel() throws Exception {
        UnifiedOrder order = map(fixtureOrder(0));

        assertThat(order.channel()).isEqualTo(Channel.JD);
        assertThat(order.platformOrderId()).isEqualTo("298765432101");
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.platformStatus()).isEqualTo("WAIT_SELLER_STOCK_OUT");
        assertThat(order.onHold()).isFalse();
        assertThat(order.refundState()).isEqualTo(RefundState.NONE);
        assertThat(order.amounts().goods()).isEqualTo(new BigDecimal("258.00"));
        assertThat(order.amounts().freight()).isEqualTo(new BigDecimal("10.00"));
        assertThat(order.amounts().tax()).isEqualTo(new BigDecimal("0.00"));
        assertThat(order.amounts().paid()).isEqualTo(new BigDecimal("233.00"));
        assertThat(order.amounts().discount()).isEqualTo(new BigDecimal("35.00"));
        assertThat(order.amounts().balanced()).isTrue();
        assertThat(order.times().created()).isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 12, 3));
        assertThat(order.times().paid()).isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 13, 10));
        assertThat(order.times().platformModified()).isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 40));
        assertThat(order.times().delivered()).isNull();
        assertThat(order.presale()).isFalse();
        assertThat(order.crossBorder()).isFalse();
        assertThat(order.buyerRefMasked()).isEqualTo("j***8");
        assertThat(order.lines()).extracting(OrderLine::sku, OrderLine::platformSku, OrderLine::quantity,
                        OrderLine::unitPrice, OrderLine::discountShare, OrderLine::gift, OrderLine::refundState)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TEA-500G", "100012345678", 2, new BigDecimal("119.00"),
                                new BigDecimal("30.00"), false, RefundState.NONE),
                        org.assertj.core.groups.Tuple.tuple("CUP-01", "100012345679", 1, new BigDecimal("20.00"),
                                new BigDecimal("3.00"), false, RefundState.NONE),
                        org.assertj.core.groups.Tuple.tuple("GIFT-BAG", "100012345680", 1, new BigDecimal("0.00"),
                                new BigDecimal("0.00"), true, RefundState.NONE));
    }

    @Test
    void couponTypesBecomeMarketingLinesSummingToTheDiscount() throws Exception {
        UnifiedOrder order = map(fixtureOrder(0));

        assertThat(order.marketing()).extracting(m -> m.type() + "/" + m.fundedBy() + "/" + m.name() + "/" + m.amount())
                .containsExactly(MarketingType.SHOP_COUPON + "/" + FundedBy.SHOP + "/店铺优惠/20.00",
                        MarketingType.PLATFORM_COUPON + "/" + FundedBy.PLATFORM + "/京东券/10.00",
                        MarketingType.PLATFORM_COUPON + "/" + FundedBy.PLATFORM + "/京豆优惠/2.00",
                        MarketingType.OTHER + "/" + FundedBy.PLATFORM + "/手机红包/3.00");
        assertThat(order.marketing().stream().map(MarketingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(order.amounts().discount());
    }

    @Test
    void everyDocumentedCouponTypeHasItsFunder() {
        assertThat(JdCouponType.of("20")).isEqualTo(new JdCouponType(MarketingType.FULL_REDUCTION, FundedBy.SHOP, ""));
        assertThat(JdCouponType.of("28-闪团优惠").type()).isEqualTo(MarketingType.FULL_REDUCTION);
        assertThat(JdCouponType.of("29-团购优惠").fundedBy()).isEqualTo(FundedBy.SHOP);
        assertThat(JdCouponType.of("30-单品促销优惠").type()).isEqualTo(MarketingType.SHOP_COUPON);
        assertThat(JdCouponType.of("35-满返满送(返现)")).isEqualTo(
                new JdCouponType(MarketingType.OTHER, FundedBy.PLATFORM, "满返满送(返现)"));
        assertThat(JdCouponType.of("52-礼品卡优惠").type()).isEqualTo(MarketingType.PLATFORM_COUPON);
        assertThat(JdCouponType.of("77-新类型")).isEqualTo(new JdCouponType(MarketingType.OTHER, FundedBy.OTHER, "新类型"));
        assertThat(JdCouponType.of("优惠")).isEqualTo(new JdCouponType(MarketingType.OTHER, FundedBy.OTHER, "优惠"));
    }

    @Test
    void finishedCrossBorderOrderKeepsTaxAndEndTime() throws Exception {
        UnifiedOrder order = map(fixtureOrder(1));

        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.crossBorder()).isTrue();
        assertThat(order.amounts().tax()).isEqualTo(new BigDecimal("9.10"));
        assertThat(order.amounts().paid()).isEqualTo(new BigDecimal("104.10"));
        assertThat(order.amounts().discount()).isEqualTo(new BigDecimal("5.00"));
        assertThat(order.amounts().balanced()).isTrue();
        assertThat(order.times().delivered()).isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 55));
        assertThat(order.lines().get(0).discountShare()).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void couponsOfASkuOnTwoLinesCountOnceOnTheFirstOfThem() {
        RawOrder raw = raw("{\"orderId\":\"1\",\"orderState\":\"WAIT_SELLER_STOCK_OUT\",\"orderTotalPrice\":\"30.00\","
                + "\"orderPayment\":\"25.00\",\"orderStartTime\":\"2024-01-15 09:00:00\",\"modified\":\"2024-01-15 09:00:00\","
                + "\"itemInfoList\":[{\"skuId\":\"7\",\"jdPrice\":\"10.00\",\"itemTotal\":\"1\"},"
                + "{\"skuId\":\"7\",\"jdPrice\":\"20.00\",\"itemTotal\":\"1\"}],"
                + "\"couponDetailList\":[{\"skuId\":\"7\",\"couponType\":\"41-京东券\",\"couponPrice\":\"5.00\"}]}");

        UnifiedOrder order = map(raw);

        assertThat(order.lines()).extracting(OrderLine::discountShare)
                .containsExactly(new BigDecimal("5.00"), new BigDecimal("0.00"));
    }

    @Test
    void lockedUnpaidOrderIsOnHoldWithoutPaymentTime() throws Exception {
        UnifiedOrder order = map(fixtureOrder(2));

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.onHold()).isTrue();
        assertThat(order.times().paid()).isNull();
        assertThat(order.buyerRefMasked()).isNull();
        assertThat(order.marketing()).isEmpty();
        assertThat(order.amounts().discount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void quantityThatIsNotANumberNamesTheLine() {
        RawOrder raw = raw("{\"orderId\":\"1\",\"orderState\":\"LOCKED\",\"orderTotalPrice\":\"1.00\","
                + "\"orderPayment\":\"1.00\",\"orderStartTime\":\"2024-01-15 09:00:00\",\"modified\":\"2024-01-15 09:00:00\","
                + "\"itemInfoList\":[{\"skuId\":\"1\",\"jdPrice\":\"1.00\",\"itemTotal\":\"x\"}]}");

        assertThatThrownBy(() -> map(raw))
                .isInstanceOfSatisfying(MappingFailure.class,
                        failure -> assertThat(failure.field()).isEqualTo("orderInfo.itemInfoList[0].itemTotal"));
    }

    private UnifiedOrder presaleWithRefunds() {
        enqueue(fixture("order-get-refund-presale.json"));
        return map(adapter.fetchDetail(shop(), "298765432404").orElseThrow());
    }

    @Test
    void lineRefundsComeFromTheAfterSalesThroughTheMapping() throws Exception {
        UnifiedOrder order = presaleWithRefunds();

        // Line 2 has a refused after-sale (2 → NONE) and a new one (0 → REQUESTED): the most advanced state counts.
        assertThat(order.lines()).extracting(OrderLine::sku, OrderLine::refundState).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MOON-CAKE", RefundState.REFUNDED),
                org.assertj.core.groups.Tuple.tuple("TEA-GIFT", RefundState.REQUESTED));
        assertThat(order.refundState()).isEqualTo(RefundState.PARTIAL);
        assertThat(server.takeRequest().getUrl().queryParameter("method")).isEqualTo("jingdong.pop.order.get");
    }

    @Test
    void presaleOrderCarriesTheExpectedDeliveryDate() throws Exception {
        UnifiedOrder order = presaleWithRefunds();

        assertThat(order.presale()).isTrue();
        assertThat(order.presaleDeliveryDate()).isEqualTo(java.time.LocalDate.of(2024, 1, 25));
    }

    @Test
    void presaleWithoutADeliveryTimeHasNoDate() {
        RawOrder raw = raw("{\"orderId\":\"1\",\"orderState\":\"LOCKED\",\"orderTotalPrice\":\"1.00\","
                + "\"orderPayment\":\"1.00\",\"orderStartTime\":\"2024-01-15 09:00:00\",\"modified\":\"2024-01-15 09:00:00\","
                + "\"orderFlag\":{\"preSaleOrder\":true}}");

        UnifiedOrder order = map(raw);

        assertThat(order.presale()).isTrue();
        assertThat(order.presaleDeliveryDate()).isNull();
    }

    /**
     * JD's order search docs: {@code orderPayment} = 货款 − buyer discounts − 余额 + freight + tax, 余额 being the part
     * paid from the buyer's JD account balance ({@code balanceUsed}, a String in {@code OrderSearchInfo}; meanings
     * from the API page as carried by XiBao/jos {@code api/order/order.interface.go}). The buyer paid both parts: no
     * discount comes out of a balance payment.
     */
    @Test
    void partOfThePricePaidFromTheJdBalanceIsPaidNotDiscount() throws Exception {
        UnifiedOrder whole = map(fixtureOrder(0));
        RawOrder raw = MoneyInvariants.changed(fixtureOrder(0), o -> {
            o.put("orderPayment", "223.00");
            o.put("balanceUsed", "10.00");
        });

        UnifiedOrder order = map(raw);

        assertThat(order.amounts().paid()).isEqualTo(new BigDecimal("233.00")).isEqualTo(whole.amounts().paid());
        assertThat(order.amounts().discount()).isEqualTo(whole.amounts().discount());
        MoneyInvariants.assertHolds(order);
    }

    @Test
    void orderTotalPriceTheItemsDoNotAddUpToIsQuarantinedNamingIt() throws Exception {
        RawOrder raw = MoneyInvariants.changed(fixtureOrder(0), o -> o.put("orderTotalPrice", "258.01"));

        MoneyInvariants.assertQuarantined(() -> map(raw), "orderInfo.orderTotalPrice");
    }

    @Test
    void orderPaymentAboveGoodsFreightAndTaxIsQuarantinedNamingIt() throws Exception {
        RawOrder raw = MoneyInvariants.changed(fixtureOrder(0), o -> o.put("orderPayment", "999.00"));

        MoneyInvariants.assertQuarantined(() -> map(raw), "orderInfo.orderPayment");
    }

    /** JOS's MD5 rule written again from the docs: secret + sorted name+value pairs (query and form) + secret. */
    private static String independentMd5(HttpUrl url, Map<String, String> form, String secret) throws Exception {
        TreeMap<String, String> params = new TreeMap<>(form);
        for (String name : url.queryParameterNames()) {
            if (!name.equals("sign")) {
                params.put(name, url.queryParameter(name));
            }
        }
        StringBuilder joined = new StringBuilder(secret);
        params.forEach((k, v) -> joined.append(k).append(v));
        joined.append(secret);
        byte[] digest = MessageDigest.getInstance("MD5").digest(joined.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
    }

    /**
     * One POP order shaped like the JOS SDK's {@code com.jd.open.api.sdk.domain.order.OrderQueryJsfService.response
     * .search.OrderSearchInfo} / {@code ItemInfo} / {@code CouponDetail} (every field a String, as in the SDK's C#
     * copy {@code yjm123456/fx.amiya.api} {@code src/JDSDK/Domain/OrderSearchInfo.cs}), with the field docs of JD's
     * API page for {@code jingdong.pop.order.search}, which the JOS SDK does not carry, as the Go port
     * {@code XiBao/jos} carries them ({@code api/order/order.interface.go}: {@code OrderInfo}, {@code ItemInfo},
     * {@code CouponDetail}). Three lines of which two carry several pieces, a single-item promotion (the only coupon
     * type with a skuId), shop and platform discounts, freight. JD's order model has no gift marker: no gift line.
     */
    @Test
    void sdkExampleOrderHoldsTheMoneyInvariants() {
        MoneyInvariants.assertHolds(map(raw(fixture("sdk-example-order.json"))));
    }

    /**
     * The amounts mean what the JD field docs say. The fixture's values satisfy the documented relations:
     * <ul>
     * <li>{@code orderTotalPrice} 订单总金额。总金额=订单金额（不减优惠，不加运费服务费税费） = Σ jdPrice (SKU的京东价) ×
     * itemTotal (数量) = 2 × 89.90 + 3 × 35.00 + 12.50 = 297.30;</li>
     * <li>{@code orderSellerPrice} 订单货款金额（订单总金额-商家优惠金额） = 297.30 − sellerDiscount 25.00 = 272.30, the
     * seller's discount being the shop-funded coupons (30-单品促销优惠 10.00 + 100-店铺优惠 15.00: our reading of which
     * types the shop funds);</li>
     * <li>{@code orderPayment} 用户应付金额。应付款=货款-用户优惠-余额+运费+税费+服务费 = 272.30 − (41-京东券 20.00 + 39-京豆
     * 1.30) − balanceUsed 0.00 + freightPrice 6.00 + taxFee 0.00 (serviceFee 服务费。目前没有此值: absent) = 257.00;</li>
     * <li>{@code CouponDetail.skuId}: 只有30-单品促销优惠 才有skuId，其他时值为"", so only that coupon is a line's share.</li>
     * </ul>
     */
    @Test
    void sdkExampleAmountsMeanWhatTheJdDocsSay() {
        UnifiedOrder order = map(raw(fixture("sdk-example-order.json")));

        assertThat(order.platformOrderId()).isEqualTo("301234567890");
        assertThat(order.amounts().goods()).isEqualTo(new BigDecimal("297.30"));
        assertThat(order.amounts().freight()).isEqualTo(new BigDecimal("6.00"));
        assertThat(order.amounts().tax()).isEqualTo(new BigDecimal("0.00"));
        assertThat(order.amounts().paid()).isEqualTo(new BigDecimal("257.00"));
        // sellerDiscount 25.00 + the buyer's platform discounts 21.30: every coupon of couponDetailList
        assertThat(order.amounts().discount()).isEqualTo(new BigDecimal("46.30"));
        assertThat(order.lines()).extracting(OrderLine::sku, OrderLine::platformSku, OrderLine::quantity,
                        OrderLine::unitPrice, OrderLine::discountShare, OrderLine::gift)
                .containsExactly(tuple("TEA-250G", "100034567801", 2, new BigDecimal("89.90"), new BigDecimal("10.00"),
                                false),
                        tuple("CUP-WHITE", "100034567802", 3, new BigDecimal("35.00"), new BigDecimal("0.00"), false),
                        tuple("TRAY-S", "100034567803", 1, new BigDecimal("12.50"), new BigDecimal("0.00"), false));
        assertThat(order.marketing()).extracting(MarketingLine::type, MarketingLine::fundedBy, MarketingLine::amount)
                .containsExactly(tuple(MarketingType.SHOP_COUPON, FundedBy.SHOP, new BigDecimal("10.00")),
                        tuple(MarketingType.SHOP_COUPON, FundedBy.SHOP, new BigDecimal("15.00")),
                        tuple(MarketingType.PLATFORM_COUPON, FundedBy.PLATFORM, new BigDecimal("20.00")),
                        tuple(MarketingType.PLATFORM_COUPON, FundedBy.PLATFORM, new BigDecimal("1.30")));
    }


    @Override
    protected OrderTextsSample orderTextsSample() {
        return new OrderTextsSample("orderRemark", """
                "orderRemark":"请开发票，抬头：个人","venderRemark":"已电话确认地址 ✅",
                "consigneeInfo":{"fullname":"张*","mobile":"138****1234","telephone":"","fullAddress":
                "北京朝阳区三环到四环之间建国路88号SOHO现代城","province":"北京","city":"朝阳区","county":"三环到四环之间",
                "town":""}
                """, new OrderTexts("请开发票，抬头：个人", "已电话确认地址 ✅",
                "北京 朝阳区 三环到四环之间"));
    }

    @Test
    void theOrderTextFieldsAreRequested() {
        assertThat(JdClient.ORDER_FIELDS.split(",")).contains("orderRemark", "venderRemark", "consigneeInfo");
    }

    @Test
    void sdkExampleOrderWithAnEmptyRemarkHasNoTexts() {
        assertThat(map(raw(fixture("sdk-example-order.json"))).texts()).isEqualTo(OrderTexts.NONE);
    }
}
