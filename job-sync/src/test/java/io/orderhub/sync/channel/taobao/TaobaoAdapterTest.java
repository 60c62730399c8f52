package io.orderhub.sync.channel.taobao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.orderhub.common.order.FundedBy;
import io.orderhub.common.order.MarketingLine;
import io.orderhub.common.order.MarketingType;
import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.RefundState;
import io.orderhub.common.order.OrderTexts;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.sync.channel.ChannelAdapterContract;
import io.orderhub.sync.channel.MoneyInvariants;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.RawOrder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The TOP adapter against a MockWebServer speaking TOP's wire format. */
class TaobaoAdapterTest extends ChannelAdapterContract {

    TaobaoAdapterTest() {
        super(new TaobaoChannel(TaobaoSigner.Method.HMAC_SHA256));
    }

    @Override
    protected void assertDetailRequest(RecordedRequest request, String platformOrderId) throws Exception {
        HttpUrl url = request.getUrl();
        String form = request.getBody().utf8();
        assertThat(url.queryParameter("method")).isEqualTo("taobao.trade.fullinfo.get");
        assertThat(form).contains("tid=" + platformOrderId);
        assertThat(url.queryParameter("sign")).isEqualTo(independentHmacSha256(url, form, SECRET));
    }

    private static String topError(int code, String message, String subCode, String subMessage) {
        return "{\"error_response\":{\"code\":" + code + ",\"msg\":\"" + message + "\",\"sub_code\":\"" + subCode
                + "\",\"sub_msg\":\"" + subMessage + "\"}}";
    }

    @Test
    void pageRequestIsASignedTopCallWithBusinessParamsInTheForm() throws Exception {
        enqueue(fixture("page.json"));

        fetchPage(3, 50);

        RecordedRequest request = server.takeRequest();
        HttpUrl url = request.getUrl();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(url.encodedPath()).isEqualTo("/router/rest");
        assertThat(url.queryParameter("method")).isEqualTo("taobao.trades.sold.increment.get");
        assertThat(url.queryParameter("app_key")).isEqualTo("12345678");
        assertThat(url.queryParameter("session")).isEqualTo(TOKEN);
        assertThat(url.queryParameter("timestamp")).isEqualTo("2024-01-15 10:30:00");
        assertThat(url.queryParameter("sign_method")).isEqualTo("hmac-sha256");
        String form = request.getBody().utf8();
        assertThat(form).contains("start_modified=2024-01-15+09%3A00%3A00", "end_modified=2024-01-15+10%3A00%3A00",
                "page_no=3", "page_size=50");
        assertThat(url.queryParameter("sign")).isEqualTo(independentHmacSha256(url, form, SECRET));
    }

    @Test
    void tradeMapsToTheUnifiedModel() {
        UnifiedOrder order = map(fixtureOrder(0));

        assertThat(order.platformOrderId()).isEqualTo("4012345678901234567");
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.platformStatus()).isEqualTo("WAIT_SELLER_SEND_GOODS");
        assertThat(order.refundState()).isEqualTo(RefundState.REQUESTED);
        assertThat(order.amounts().goods()).isEqualTo(new BigDecimal("258.00"));
        assertThat(order.amounts().freight()).isEqualTo(new BigDecimal("10.00"));
        assertThat(order.amounts().paid()).isEqualTo(new BigDecimal("238.00"));
        assertThat(order.amounts().discount()).isEqualTo(new BigDecimal("30.00"));
        assertThat(order.amounts().balanced()).isTrue();
        assertThat(order.times().paid()).isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 13, 10));
        assertThat(order.times().promisedShipBy()).isEqualTo(LocalDateTime.of(2024, 1, 17, 23, 59, 59));
        assertThat(order.buyerRefMasked()).isEqualTo("t***8");
        assertThat(order.lines()).hasSize(3);
        assertThat(order.lines().get(0).sku()).isEqualTo("TEA-500G");
        assertThat(order.lines().get(0).discountShare()).isEqualTo(new BigDecimal("30.00"));
        assertThat(order.lines().get(2).gift()).isTrue();
        assertThat(order.marketing()).extracting(m -> m.type() + "/" + m.fundedBy() + "/" + m.amount())
                .containsExactly(MarketingType.FULL_REDUCTION + "/" + FundedBy.SHOP + "/20.00",
                        MarketingType.SHOP_COUPON + "/" + FundedBy.SHOP + "/10.00");
        assertThat(order.marketing().stream().map(m -> m.amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(order.amounts().discount());
    }

    @Test
    void presaleCrossBorderTradeKeepsDateAndTax() {
        UnifiedOrder order = map(fixtureOrder(1));

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.presale()).isTrue();
        assertThat(order.presaleDeliveryDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(order.crossBorder()).isTrue();
        assertThat(order.amounts().tax()).isEqualTo(new BigDecimal("45.50"));
    }

    @Test
    void detailOfATradeMapsLikeThePagesTrade() {
        String id = pageOrderIds().get(0);
        RawOrder fromPage = fixtureOrder(0);
        enqueue("{\"trade_fullinfo_get_response\":{\"trade\":" + fromPage.body() + "}}");

        RawOrder detail = adapter.fetchDetail(shop(), id).orElseThrow();

        assertThat(map(detail)).isEqualTo(map(fromPage));
    }

    @Test
    void aBanLongerThanWeWaitFailsAtOnceAsRateLimited() {
        enqueue(topError(7, "App Call Limited", "accesscontrol.limited-by-app-access-count",
                "This ban will last for 300 more seconds"));

        assertThatThrownBy(() -> fetchPage(1, 100))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.error().kind()).isEqualTo(PlatformErrorKind.RATE_LIMITED));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void totalFeeTheOrdersDoNotAddUpToIsQuarantinedNamingIt() {
        RawOrder raw = MoneyInvariants.changed(fixtureOrder(0), trade -> trade.put("total_fee", "258.01"));

        MoneyInvariants.assertQuarantined(() -> map(raw), "trade.total_fee");
    }

    @Test
    void paymentAboveGoodsFreightAndTaxIsANegativeDiscountAndQuarantined() {
        RawOrder raw = MoneyInvariants.changed(fixtureOrder(0), trade -> trade.put("payment", "999.00"));

        MoneyInvariants.assertQuarantined(() -> map(raw), "trade.payment");
    }

    /** A second implementation of TOP's hmac-sha256 rule, written from the docs, to check the signer on the wire. */
    private static String independentHmacSha256(HttpUrl url, String form, String secret) throws Exception {
        TreeMap<String, String> params = new TreeMap<>();
        for (String name : url.queryParameterNames()) {
            if (!name.equals("sign")) {
                params.put(name, url.queryParameter(name));
            }
        }
        params.putAll(form(form));
        StringBuilder joined = new StringBuilder();
        params.forEach((k, v) -> joined.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(joined.toString().getBytes(StandardCharsets.UTF_8)))
                .toUpperCase(Locale.ROOT);
    }

    /**
     * One trade shaped like TOP's domain classes {@code com.taobao.api.domain.Trade} / {@code Order} /
     * {@code PromotionDetail} (the TOP Java SDK copy {@code jishibao/jsb_sdk_java},
     * {@code src/com/taobao/api/domain/Trade.java}, {@code Order.java}, {@code PromotionDetail.java}), with the gift
     * fields {@code is_free_gift} 是否是赠品订单 / {@code gift_mids} of the generated Go port {@code bububa/opentaobao}
     * ({@code model/tbtrade/Order.go}): yuan strings, three orders of which two carry several pieces, an order-level
     * and a trade-level discount, freight and a free gift.
     */
    @Test
    void sdkExampleOrderHoldsTheMoneyInvariants() {
        MoneyInvariants.assertHolds(map(raw(fixture("sdk-example-order.json"))));
    }

    /**
     * The amounts mean what the TOP field docs say. The fixture's values satisfy the documented relations:
     * <ul>
     * <li>{@code Trade.total_fee} 商品金额（商品价格乘以数量的总金额） = Σ price × num = 3 × 59.00 + 2 × 25.50 + 0.00
     * = 228.00;</li>
     * <li>{@code Order.total_fee} 应付金额（商品价格 * 商品数量 + 手工调整金额 - 子订单级订单优惠金额）, and {@code Order.payment}
     * of a trade with several orders (payment = price * num + adjust_fee - discount_fee): 177.00 − 9.00 = 168.00, and
     * 51.00;</li>
     * <li>{@code Order.part_mjz_discount} 优惠分摊 shares the trade-level 满200减20 over the orders (16.00 + 4.00), and
     * {@code Order.divide_order_fee} 分摊之后的实付金额 = payment − part_mjz_discount = 152.00, 47.00;</li>
     * <li>{@code Trade.payment} 实付金额, as {@code bububa/opentaobao} {@code model/trade/TradeAmount.go} spells it for
     * several orders: 各子订单的实付金额之和 + 邮费 − 主订单的系统级优惠 = 168.00 + 51.00 + 8.00 − 20.00 = 207.00
     * (= Σ divide_order_fee + post_fee).</li>
     * </ul>
     */
    @Test
    void sdkExampleAmountsMeanWhatTheTopDocsSay() {
        UnifiedOrder order = map(raw(fixture("sdk-example-order.json")));

        assertThat(order.platformOrderId()).isEqualTo("4012345678901234567");
        assertThat(order.amounts().goods()).isEqualTo(new BigDecimal("228.00"));
        assertThat(order.amounts().freight()).isEqualTo(new BigDecimal("8.00"));
        assertThat(order.amounts().tax()).isEqualTo(new BigDecimal("0.00"));
        assertThat(order.amounts().paid()).isEqualTo(new BigDecimal("207.00"));
        // 9.00 子订单级 (限时打折) + 20.00 trade level (满200减20): the fixture's Trade.discount_fee 系统优惠金额
        assertThat(order.amounts().discount()).isEqualTo(new BigDecimal("29.00"));
        assertThat(order.lines()).extracting(OrderLine::sku, OrderLine::quantity, OrderLine::unitPrice,
                        OrderLine::discountShare, OrderLine::gift)
                .containsExactly(tuple("TEA-250G", 3, new BigDecimal("59.00"), new BigDecimal("25.00"), false),
                        tuple("CUP-WHITE", 2, new BigDecimal("25.50"), new BigDecimal("4.00"), false),
                        tuple("GIFT-BAG", 1, new BigDecimal("0.00"), new BigDecimal("0.00"), true));
        // what each line is paid is its divide_order_fee
        assertThat(order.lines()).extracting(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()))
                        .subtract(line.discountShare()))
                .containsExactly(new BigDecimal("152.00"), new BigDecimal("47.00"), new BigDecimal("0.00"));
        assertThat(order.marketing()).extracting(MarketingLine::type, MarketingLine::fundedBy, MarketingLine::amount)
                .containsExactly(tuple(MarketingType.FULL_REDUCTION, FundedBy.SHOP, new BigDecimal("20.00")),
                        tuple(MarketingType.OTHER, FundedBy.OTHER, new BigDecimal("9.00")));
    }


    @Override
    protected OrderTextsSample orderTextsSample() {
        return new OrderTextsSample("buyer_message", """
                "buyer_message":"  周末不在家，请放丰巢快递柜🙏 ","seller_memo":"VIP客户，优先发顺丰",
                "receiver_state":"浙江省","receiver_city":"杭州市","receiver_district":"西湖区","receiver_town":"文新街道",
                "receiver_name":"~AgAAAAEM1rkBV3Ufq0IAg8RzGIxxjTrBxxx4O5wHCg==~1~","receiver_mobile":"~AgAAAAEM1rkCJ2X==~1~",
                "receiver_address":"~AgAAAAEM1rkD9qYh2yZk==~1~","oaid":"1FJ7eKibrQdQJicYicKic4e0ZXdwAsiaEPxS5ibNXPt"
                """, new OrderTexts("周末不在家，请放丰巢快递柜🙏", "VIP客户，优先发顺丰",
                "浙江省 杭州市 西湖区 文新街道"));
    }

    @Test
    void theOrderTextFieldsAreRequested() {
        assertThat(TaobaoClient.TRADE_FIELDS.split(",")).contains("buyer_message", "seller_memo", "receiver_state",
                "receiver_city", "receiver_district", "receiver_town").doesNotContain("receiver_address",
                "receiver_mobile", "receiver_name");
    }

    @Test
    void aCountyLevelCityInReceiverDistrictOnlyStillGivesTheRegion() {
        // TOP: a 省直辖县级行政区 such as 济源 comes in receiver_district with no receiver_city.
        UnifiedOrder order = map(withFields(fixtureOrder(0), """
                "receiver_state":"河南省","receiver_city":"","receiver_district":"济源市"
                """));

        assertThat(order.texts()).isEqualTo(new OrderTexts(null, null, "河南省 济源市"));
    }
}
