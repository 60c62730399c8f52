package io.orderhub.sync.channel.pdd;

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
import io.orderhub.sync.channel.OrderPage;
import io.orderhub.sync.channel.RawOrder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The PDD adapter against a MockWebServer speaking the open platform's router format. */
class PddAdapterTest extends ChannelAdapterContract {

    PddAdapterTest() {
        super(new PddChannel());
    }

    @Override
    protected void assertDetailRequest(RecordedRequest request, String platformOrderId) throws Exception {
        Map<String, String> form = form(request.getBody().utf8());
        assertThat(form).containsEntry("type", "pdd.order.information.get").containsEntry("order_sn", platformOrderId);
        assertThat(form.get("sign")).isEqualTo(independentMd5(form, SECRET));
    }

    @Test
    void pageRequestIsOneSignedFormPostToTheRouter() throws Exception {
        enqueue(fixture("page.json"));

        fetchPage(3, 50);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/router");
        assertThat(request.getUrl().querySize()).isZero();
        Map<String, String> form = form(request.getBody().utf8());
        assertThat(form).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("type", "pdd.order.number.list.increment.get"),
                Map.entry("client_id", "testclient"),
                Map.entry("access_token", "testtoken"),
                Map.entry("data_type", "JSON"),
                Map.entry("timestamp", "1705285800"),
                Map.entry("start_updated_at", "1705280400"),
                Map.entry("end_updated_at", "1705282200"),
                Map.entry("is_lucky_flag", "0"),
                Map.entry("order_status", "5"),
                Map.entry("refund_status", "5"),
                Map.entry("page", "3"),
                Map.entry("page_size", "50"),
                Map.entry("use_has_next", "false"),
                Map.entry("sign", independentMd5(form, SECRET))));
    }

    @Test
    void hasNextWithoutACountStillPromisesAnotherPage() throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            list.append(i == 0 ? "" : ",").append("{\"order_sn\":\"sn-").append(i).append("\"}");
        }
        enqueue("{\"order_sn_increment_get_response\":{\"has_next\":true,"
                + "\"order_sn_list\":[" + list + "]}}");
        enqueue("{\"order_sn_increment_get_response\":{\"has_next\":false,"
                + "\"total_count\":0,\"order_sn_list\":[{\"order_sn\":\"sn-2\"}]}}");

        OrderPage first = fetchPage(1, 2);
        OrderPage last = fetchPage(2, 2);

        assertThat(first.pageCount(2)).isEqualTo(2);
        assertThat(last.total()).isEqualTo(3);
        assertThat(last.pageCount(2)).isEqualTo(2);
    }

    @Test
    void orderMapsToTheUnifiedModelWithExactYuan() throws Exception {
        UnifiedOrder order = map(fixtureOrder(0));

        assertThat(order.channel()).isEqualTo(Channel.PDD);
        assertThat(order.platformOrderId()).isEqualTo("240115-123456789012345");
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.platformStatus()).isEqualTo("1");
        assertThat(order.refundState()).isEqualTo(RefundState.REQUESTED);
        assertThat(order.amounts().goods()).isEqualTo(new BigDecimal("258.00"));
        assertThat(order.amounts().freight()).isEqualTo(new BigDecimal("10.00"));
        assertThat(order.amounts().tax()).isEqualTo(new BigDecimal("0.00"));
        assertThat(order.amounts().paid()).isEqualTo(new BigDecimal("237.90"));
        assertThat(order.amounts().discount()).isEqualTo(new BigDecimal("30.10"));
        assertThat(order.amounts().balanced()).isTrue();
        assertThat(order.crossBorder()).isFalse();
        assertThat(order.presale()).isFalse();
        assertThat(order.presaleDeliveryDate()).isNull();
        assertThat(order.times().created()).isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 12, 3));
        assertThat(order.times().paid()).isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 13, 10));
        assertThat(order.times().platformModified()).isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 20));
        assertThat(order.times().promisedShipBy()).isEqualTo(LocalDateTime.of(2024, 1, 17, 9, 13, 10));
        assertThat(order.times().shipped()).isNull();
        assertThat(order.times().delivered()).isNull();
        assertThat(order.lines()).extracting(OrderLine::sku, OrderLine::platformSku, OrderLine::quantity,
                        OrderLine::unitPrice, OrderLine::gift, OrderLine::refundState)
                .containsExactly(
                        tuple("TEA-500G", "1234567890", 2, new BigDecimal("119.00"), false, RefundState.REQUESTED),
                        tuple("CUP-01", "1234567891", 1, new BigDecimal("20.00"), false, RefundState.REQUESTED),
                        tuple("GIFT-BAG", "1234567892", 1, new BigDecimal("0.00"), true, RefundState.REQUESTED));
    }

    @Test
    void discountFundersBecomeMarketingLinesSummingExactlyToTheDiscount() throws Exception {
        UnifiedOrder order = map(fixtureOrder(0));

        assertThat(order.marketing()).extracting(m -> m.type() + "/" + m.fundedBy() + "/" + m.amount())
                .containsExactly(MarketingType.PLATFORM_COUPON + "/" + FundedBy.PLATFORM + "/0.10",
                        MarketingType.SHOP_COUPON + "/" + FundedBy.SHOP + "/0.20",
                        MarketingType.OTHER + "/" + FundedBy.PLATFORM + "/29.80");
        // 0.1 + 0.2 + 29.8 in doubles is not 30.1; read from the JSON text it is
        assertThat(order.marketing().stream().map(MarketingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(order.amounts().discount());
    }

    @Test
    void refundedPresaleOrderCopiesTheRefundToEveryLine() throws Exception {
        UnifiedOrder order = map(fixtureOrder(1));

        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.refundState()).isEqualTo(RefundState.REFUNDED);
        assertThat(order.lines()).extracting(OrderLine::refundState).containsOnly(RefundState.REFUNDED);
        assertThat(order.presale()).isTrue();
        assertThat(order.presaleDeliveryDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(order.times().shipped()).isEqualTo(LocalDateTime.of(2024, 1, 15, 9, 25));
        assertThat(order.marketing()).isEmpty();
        assertThat(order.amounts().tax()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void amountWithMoreThanTwoDecimalsIsRefusedNotRounded() {
        RawOrder raw = raw("{\"order_sn\":\"1\",\"order_status\":1,\"refund_status\":1,"
                + "\"created_time\":\"2024-01-15 09:00:00\",\"updated_at\":\"2024-01-15 09:00:00\","
                + "\"goods_amount\":1.005,\"pay_amount\":1}");

        assertThatThrownBy(() -> map(raw))
                .isInstanceOfSatisfying(MappingFailure.class,
                        failure -> assertThat(failure.field()).isEqualTo("order_info.goods_amount"));
    }

    @Test
    void payAmountOffByOneFenIsQuarantinedNamingIt() throws Exception {
        RawOrder raw = MoneyInvariants.changed(fixtureOrder(0), o -> o.put("pay_amount", new BigDecimal("237.91")));

        MoneyInvariants.assertQuarantined(() -> map(raw), "order_info.pay_amount");
    }

    /** PDD's rule written again from the docs: MD5(secret + sorted name+value pairs except sign + secret), upper hex. */
    private static String independentMd5(Map<String, String> form, String secret) throws Exception {
        StringBuilder joined = new StringBuilder(secret);
        new TreeMap<>(form).forEach((k, v) -> {
            if (!k.equals("sign")) {
                joined.append(k).append(v);
            }
        });
        joined.append(secret);
        byte[] digest = MessageDigest.getInstance("MD5").digest(joined.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
    }

    /**
     * One order shaped like the PDD Java SDK's {@code com.pdd.pop.sdk.http.api.pop.response
     * .PddOrderNumberListIncrementGetResponse.OrderSnIncrementGetResponseOrderSnListItem} with its
     * {@code …ItemListItem} and {@code …GiftListItem} (read in {@code pdd-utils/pdd-utils-webflux},
     * {@code lib/pop-sdk-ext-1724605200-all-sources/com/pdd/pop/sdk/http/api/pop/response/
     * PddOrderNumberListIncrementGetResponse.java}, field Javadoc included): money as JSON numbers in yuan (Double in
     * the SDK), two items of several pieces, seller and platform discounts, postage and a gift in {@code gift_list}.
     */
    @Test
    void sdkExampleOrderHoldsTheMoneyInvariants() {
        MoneyInvariants.assertHolds(map(raw(fixture("sdk-example-order.json"))));
    }

    /**
     * The amounts mean what the SDK's field docs say. The fixture's values satisfy them:
     * <ul>
     * <li>{@code goods_amount} 商品金额（元），商品金额=商品销售价格*商品数量-订单改价折扣金额 = 2 × 39.9 + 3 × 15.5 −
     * order_change_amount 0 = 126.3;</li>
     * <li>{@code discount_amount} 折扣金额（元），折扣金额=平台优惠+商家优惠+团长免单优惠金额 = 5.3 + 10.0 + 0 = 15.3;</li>
     * <li>{@code pay_amount} 支付金额（元），支付金额=商品金额-折扣金额+邮费+服务费 = 126.3 − 15.3 + postage 6.0 + no
     * service_fee_detail = 117.0.</li>
     * </ul>
     * The gift of {@code gift_list} (赠品列表, outside {@code item_list}) is not one of our lines: we do not read it.
     */
    @Test
    void sdkExampleAmountsMeanWhatThePddDocsSay() {
        UnifiedOrder order = map(raw(fixture("sdk-example-order.json")));

        assertThat(order.platformOrderId()).isEqualTo("240308-012345678901234");
        assertThat(order.amounts().goods()).isEqualTo(new BigDecimal("126.30"));
        assertThat(order.amounts().discount()).isEqualTo(new BigDecimal("15.30"));
        assertThat(order.amounts().freight()).isEqualTo(new BigDecimal("6.00"));
        assertThat(order.amounts().tax()).isEqualTo(new BigDecimal("0.00"));
        assertThat(order.amounts().paid()).isEqualTo(new BigDecimal("117.00"));
        // PDD gives no per-item discount: each line is paid its goods_price × goods_count, the discount stays on the order
        assertThat(order.lines()).extracting(OrderLine::sku, OrderLine::quantity, OrderLine::unitPrice,
                        OrderLine::discountShare, OrderLine::gift)
                .containsExactly(tuple("TEA-250G", 2, new BigDecimal("39.90"), new BigDecimal("0.00"), false),
                        tuple("CUP-WHITE", 3, new BigDecimal("15.50"), new BigDecimal("0.00"), false));
        assertThat(order.marketing()).extracting(MarketingLine::type, MarketingLine::fundedBy, MarketingLine::amount)
                .containsExactly(tuple(MarketingType.PLATFORM_COUPON, FundedBy.PLATFORM, new BigDecimal("5.30")),
                        tuple(MarketingType.SHOP_COUPON, FundedBy.SHOP, new BigDecimal("10.00")));
    }


    @Override
    protected OrderTextsSample orderTextsSample() {
        return new OrderTextsSample("buyer_memo", """
                "buyer_memo":"拼单给爸妈的，麻烦包装好一点","remark":"老客户 复购第3次",
                "province":"新疆维吾尔自治区","province_id":31,"city":"乌鲁木齐市","city_id":390,"town":"天山区",
                "town_id":3596,"receiver_name":"~AgAAAAFX0kIBQ==~","receiver_phone":"$12345678$AgAAAA==$",
                "address":"~AgAAAAFX0kIDZ3VhbmdxdQ==~","receiver_address":"~AgAAAAFX0kIE==~"
                """, new OrderTexts("拼单给爸妈的，麻烦包装好一点", "老客户 复购第3次",
                "新疆维吾尔自治区 乌鲁木齐市 天山区"));
    }
}
