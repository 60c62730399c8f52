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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The PDD adapter against a MockWebServer speaking the open platform's router format. */
class PddAdapterTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final PddAdapter adapter = new PddAdapter(ChannelHttpFixture.http(new PddChannel()));
    private final MapStatusMapping statuses = new MapStatusMapping()
            .order(Channel.PDD, "1", OrderStatus.PAID)
            .order(Channel.PDD, "2", OrderStatus.SHIPPED)
            .order(Channel.PDD, "3", OrderStatus.DELIVERED)
            .refund(Channel.PDD, "1", RefundState.NONE)
            .refund(Channel.PDD, "2", RefundState.REQUESTED)
            .refund(Channel.PDD, "4", RefundState.REFUNDED);
    private final TimeWindow window = new TimeWindow(LocalDateTime.of(2024, 1, 15, 9, 0),
            LocalDateTime.of(2024, 1, 15, 9, 30));

    static ShopSession shop(MockWebServer server) {
        return ShopSession.of(new ShopCredentials(Channel.PDD, "shop-1", "testclient", "testsecret", "testtoken",
                server.url("/")));
    }

    static String fixture(String name) throws IOException {
        try (var in = PddAdapterTest.class.getResourceAsStream("/fixtures/pdd/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private RawOrder order(int index) throws IOException {
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());
        return adapter.fetchPage(shop(server), window, 1, 100).orders().get(index);
    }

    @Test
    void pageRequestIsOneSignedFormPostToTheRouter() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());

        adapter.fetchPage(shop(server), window, 3, 50);

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
                Map.entry("sign", independentMd5(form, "testsecret"))));
    }

    @Test
    void limitsKeepWindowsToThirtyMinutes() {
        assertThat(adapter.limits().maxWindow()).isEqualTo(Duration.ofMinutes(30));
        assertThat(adapter.limits().maxPageSize()).isEqualTo(100);
    }

    @Test
    void pageCarriesTheTotalAndTheRawOrders() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());

        OrderPage page = adapter.fetchPage(shop(server), window, 1, 100);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.orders()).extracting(RawOrder::platformOrderId)
                .containsExactly("240115-123456789012345", "240115-987654321098765");
    }

    @Test
    void hasNextWithoutACountStillPromisesAnotherPage() throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            list.append(i == 0 ? "" : ",").append("{\"order_sn\":\"sn-").append(i).append("\"}");
        }
        server.enqueue(new MockResponse.Builder().body("{\"order_sn_increment_get_response\":{\"has_next\":true,"
                + "\"order_sn_list\":[" + list + "]}}").build());
        server.enqueue(new MockResponse.Builder().body("{\"order_sn_increment_get_response\":{\"has_next\":false,"
                + "\"total_count\":0,\"order_sn_list\":[{\"order_sn\":\"sn-2\"}]}}").build());

        OrderPage first = adapter.fetchPage(shop(server), window, 1, 2);
        OrderPage last = adapter.fetchPage(shop(server), window, 2, 2);

        assertThat(first.pageCount(2)).isEqualTo(2);
        assertThat(last.total()).isEqualTo(3);
        assertThat(last.pageCount(2)).isEqualTo(2);
    }

    @Test
    void orderMapsToTheUnifiedModelWithExactYuan() throws Exception {
        UnifiedOrder order = adapter.map("shop-1", order(0), statuses);

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
        UnifiedOrder order = adapter.map("shop-1", order(0), statuses);

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
        UnifiedOrder order = adapter.map("shop-1", order(1), statuses);

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
    void unknownOrderStatusIsNotGuessed() {
        RawOrder raw = raw("{\"order_sn\":\"1\",\"order_status\":99,\"refund_status\":1,"
                + "\"created_time\":\"2024-01-15 09:00:00\",\"updated_at\":\"2024-01-15 09:00:00\","
                + "\"goods_amount\":1,\"pay_amount\":1}");

        assertThatThrownBy(() -> adapter.map("shop-1", raw, statuses))
                .isInstanceOfSatisfying(MappingFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(QuarantineReason.UNKNOWN_STATUS);
                    assertThat(failure.field()).isEqualTo("order_info.order_status");
                });
    }

    @Test
    void unknownRefundStatusIsNotGuessed() {
        RawOrder raw = raw("{\"order_sn\":\"1\",\"order_status\":1,\"refund_status\":9,"
                + "\"created_time\":\"2024-01-15 09:00:00\",\"updated_at\":\"2024-01-15 09:00:00\","
                + "\"goods_amount\":1,\"pay_amount\":1}");

        assertThatThrownBy(() -> adapter.map("shop-1", raw, statuses))
                .isInstanceOfSatisfying(MappingFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(QuarantineReason.UNKNOWN_STATUS);
                    assertThat(failure.field()).isEqualTo("order_info.refund_status");
                });
    }

    @Test
    void amountThatIsNotANumberNamesTheField() {
        RawOrder raw = raw("{\"order_sn\":\"1\",\"order_status\":1,\"refund_status\":1,"
                + "\"created_time\":\"2024-01-15 09:00:00\",\"updated_at\":\"2024-01-15 09:00:00\","
                + "\"goods_amount\":1,\"pay_amount\":\"12.5元\"}");

        assertThatThrownBy(() -> adapter.map("shop-1", raw, statuses))
                .isInstanceOfSatisfying(MappingFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(QuarantineReason.INVALID_FIELD);
                    assertThat(failure.field()).isEqualTo("order_info.pay_amount");
                });
    }

    @Test
    void amountWithMoreThanTwoDecimalsIsRefusedNotRounded() {
        RawOrder raw = raw("{\"order_sn\":\"1\",\"order_status\":1,\"refund_status\":1,"
                + "\"created_time\":\"2024-01-15 09:00:00\",\"updated_at\":\"2024-01-15 09:00:00\","
                + "\"goods_amount\":1.005,\"pay_amount\":1}");

        assertThatThrownBy(() -> adapter.map("shop-1", raw, statuses))
                .isInstanceOfSatisfying(MappingFailure.class,
                        failure -> assertThat(failure.field()).isEqualTo("order_info.goods_amount"));
    }

    @Test
    void detailReadsTheOrderInfo() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{\"order_info_get_response\":{\"order_info\":"
                + "{\"order_sn\":\"240115-123456789012345\",\"order_status\":1}}}").build());

        RawOrder raw = adapter.fetchDetail(shop(server), "240115-123456789012345").orElseThrow();

        assertThat(raw.platformOrderId()).isEqualTo("240115-123456789012345");
        Map<String, String> form = form(server.takeRequest().getBody().utf8());
        assertThat(form).containsEntry("type", "pdd.order.information.get")
                .containsEntry("order_sn", "240115-123456789012345");
        assertThat(form.get("sign")).isEqualTo(independentMd5(form, "testsecret"));
    }

    @Test
    void replyWithoutTheIncrementResponseIsAMalformedPage() {
        String body = "{\"something_else\":{}}";
        server.enqueue(new MockResponse.Builder().body(body).build());

        assertThatThrownBy(() -> adapter.fetchPage(shop(server), window, 1, 100))
                .isInstanceOfSatisfying(MalformedPageException.class, e -> assertThat(e.body()).isEqualTo(body));
    }

    @Test
    void fixtureOrdersHoldTheMoneyInvariants() throws Exception {
        for (int i = 0; i < 2; i++) {
            MoneyInvariants.assertHolds(adapter.map("shop-1", order(i), statuses));
        }
    }

    @Test
    void payAmountOffByOneFenIsQuarantinedNamingIt() throws Exception {
        RawOrder raw = MoneyInvariants.changed(order(0), o -> o.put("pay_amount", new BigDecimal("237.91")));

        MoneyInvariants.assertQuarantined(() -> adapter.map("shop-1", raw, statuses), "order_info.pay_amount");
    }

    private static RawOrder raw(String json) {
        return new RawOrder("1", ChannelHttp.JSON.readTree(json));
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> params = new TreeMap<>();
        for (String pair : encoded.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
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
}
