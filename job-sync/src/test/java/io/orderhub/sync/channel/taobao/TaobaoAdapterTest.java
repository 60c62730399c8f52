package io.orderhub.sync.channel.taobao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.FundedBy;
import io.orderhub.common.order.MarketingType;
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
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.ShopCredentials;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The TOP adapter against a MockWebServer speaking TOP's wire format. */
class TaobaoAdapterTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TaobaoAdapter adapter = new TaobaoAdapter(
            ChannelHttpFixture.http(new TaobaoChannel(TaobaoSigner.Method.HMAC_SHA256)));
    private final MapStatusMapping statuses = new MapStatusMapping()
            .order(Channel.TAOBAO, "WAIT_SELLER_SEND_GOODS", OrderStatus.PAID)
            .order(Channel.TAOBAO, "WAIT_BUYER_PAY", OrderStatus.PENDING_PAYMENT)
            .refund(Channel.TAOBAO, "NO_REFUND", RefundState.NONE)
            .refund(Channel.TAOBAO, "WAIT_SELLER_AGREE", RefundState.REQUESTED);
    private final TimeWindow window = new TimeWindow(LocalDateTime.of(2024, 1, 15, 9, 0),
            LocalDateTime.of(2024, 1, 15, 10, 0));

    private ShopSession shop() {
        return ShopSession.of(new ShopCredentials(Channel.TAOBAO, "shop-1", "12345678", "testsecret", "session-token",
                server.url("/")));
    }

    private static String fixture(String name) throws IOException {
        try (var in = TaobaoAdapterTest.class.getResourceAsStream("/fixtures/taobao/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pageRequestIsASignedTopCallWithBusinessParamsInTheForm() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());

        adapter.fetchPage(shop(), window, 3, 50);

        RecordedRequest request = server.takeRequest();
        HttpUrl url = request.getUrl();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(url.encodedPath()).isEqualTo("/router/rest");
        assertThat(url.queryParameter("method")).isEqualTo("taobao.trades.sold.increment.get");
        assertThat(url.queryParameter("app_key")).isEqualTo("12345678");
        assertThat(url.queryParameter("session")).isEqualTo("session-token");
        assertThat(url.queryParameter("timestamp")).isEqualTo("2024-01-15 10:30:00");
        assertThat(url.queryParameter("sign_method")).isEqualTo("hmac-sha256");
        String form = request.getBody().utf8();
        assertThat(form).contains("start_modified=2024-01-15+09%3A00%3A00", "end_modified=2024-01-15+10%3A00%3A00",
                "page_no=3", "page_size=50");
        assertThat(url.queryParameter("sign")).isEqualTo(independentHmacSha256(url, form, "testsecret"));
    }

    @Test
    void pageCarriesTheTotalAndTheRawTrades() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());

        OrderPage page = adapter.fetchPage(shop(), window, 1, 100);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.orders()).extracting(RawOrder::platformOrderId)
                .containsExactly("4012345678901234567", "4012345678901234999");
    }

    @Test
    void tradeMapsToTheUnifiedModel() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());
        RawOrder raw = adapter.fetchPage(shop(), window, 1, 100).orders().get(0);

        UnifiedOrder order = adapter.map("shop-1", raw, statuses);

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
    void presaleCrossBorderTradeKeepsDateAndTax() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());
        RawOrder raw = adapter.fetchPage(shop(), window, 1, 100).orders().get(1);

        UnifiedOrder order = adapter.map("shop-1", raw, statuses);

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.presale()).isTrue();
        assertThat(order.presaleDeliveryDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(order.crossBorder()).isTrue();
        assertThat(order.amounts().tax()).isEqualTo(new BigDecimal("45.50"));
    }

    @Test
    void unknownStatusIsNotGuessed() {
        RawOrder raw = raw("{\"tid_str\":\"1\",\"status\":\"TRADE_SOMETHING_NEW\",\"created\":\"2024-01-15 09:00:00\","
                + "\"modified\":\"2024-01-15 09:00:00\",\"total_fee\":\"1.00\",\"payment\":\"1.00\"}");

        assertThatThrownBy(() -> adapter.map("shop-1", raw, statuses))
                .isInstanceOfSatisfying(MappingFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(QuarantineReason.UNKNOWN_STATUS);
                    assertThat(failure.field()).isEqualTo("trade.status");
                });
    }

    @Test
    void amountThatIsNotANumberNamesTheField() {
        RawOrder raw = raw("{\"tid_str\":\"1\",\"status\":\"WAIT_BUYER_PAY\",\"created\":\"2024-01-15 09:00:00\","
                + "\"modified\":\"2024-01-15 09:00:00\",\"total_fee\":\"1.00\",\"payment\":\"12,00\"}");

        assertThatThrownBy(() -> adapter.map("shop-1", raw, statuses))
                .isInstanceOfSatisfying(MappingFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(QuarantineReason.INVALID_FIELD);
                    assertThat(failure.field()).isEqualTo("trade.payment");
                });
    }

    @Test
    void appCallLimitedIsRetriedAndThenServed() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{\"error_response\":{\"code\":7,\"msg\":\"App Call Limited\","
                + "\"sub_code\":\"accesscontrol.limited-by-app-access-count\","
                + "\"sub_msg\":\"This ban will last for 1 more seconds\"}}").build());
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());
        ShopSession shop = shop();

        OrderPage page = adapter.fetchPage(shop, window, 1, 100);

        assertThat(page.orders()).hasSize(2);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(shop.stats().rateLimitedResponses()).isEqualTo(1);
        assertThat(shop.stats().retries()).isEqualTo(1);
    }

    @Test
    void aBanLongerThanWeWaitFailsAtOnceAsRateLimited() {
        server.enqueue(new MockResponse.Builder().body("{\"error_response\":{\"code\":7,\"msg\":\"App Call Limited\","
                + "\"sub_code\":\"accesscontrol.limited-by-app-access-count\","
                + "\"sub_msg\":\"This ban will last for 300 more seconds\"}}").build());

        assertThatThrownBy(() -> adapter.fetchPage(shop(), window, 1, 100))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.error().kind()).isEqualTo(PlatformErrorKind.RATE_LIMITED));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void invalidSessionFailsAtOnceAsTokenExpired() {
        server.enqueue(new MockResponse.Builder().body("{\"error_response\":{\"code\":27,\"msg\":\"Invalid session\","
                + "\"sub_code\":\"invalid-sessionkey\"}}").build());

        assertThatThrownBy(() -> adapter.fetchPage(shop(), window, 1, 100))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.error().kind()).isEqualTo(PlatformErrorKind.TOKEN_EXPIRED))
                .hasMessageContaining("TAOBAO/shop-1")
                .message().doesNotContain("testsecret").doesNotContain("session-token");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serverErrorsAreRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());

        assertThat(adapter.fetchPage(shop(), window, 1, 100).orders()).hasSize(2);
    }

    @Test
    void aTruncatedBodyIsFetchedAgain() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json").substring(0, 300)).build());
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());

        assertThat(adapter.fetchPage(shop(), window, 1, 100).orders()).hasSize(2);
    }

    @Test
    void aBodyThatStaysTruncatedIsAMalformedPageKeepingTheBody() throws Exception {
        String truncated = fixture("increment-page.json").substring(0, 300);
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().body(truncated).build());
        }

        assertThatThrownBy(() -> adapter.fetchPage(shop(), window, 1, 100))
                .isInstanceOfSatisfying(MalformedPageException.class, e -> assertThat(e.body()).isEqualTo(truncated));
    }

    @Test
    void fixtureTradesHoldTheMoneyInvariants() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());

        for (RawOrder raw : adapter.fetchPage(shop(), window, 1, 100).orders()) {
            MoneyInvariants.assertHolds(adapter.map("shop-1", raw, statuses));
        }
    }

    @Test
    void totalFeeTheOrdersDoNotAddUpToIsQuarantinedNamingIt() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());
        RawOrder raw = MoneyInvariants.changed(adapter.fetchPage(shop(), window, 1, 100).orders().get(0),
                trade -> trade.put("total_fee", "258.01"));

        MoneyInvariants.assertQuarantined(() -> adapter.map("shop-1", raw, statuses), "trade.total_fee");
    }

    @Test
    void paymentAboveGoodsFreightAndTaxIsANegativeDiscountAndQuarantined() throws Exception {
        server.enqueue(new MockResponse.Builder().body(fixture("increment-page.json")).build());
        RawOrder raw = MoneyInvariants.changed(adapter.fetchPage(shop(), window, 1, 100).orders().get(0),
                trade -> trade.put("payment", "999.00"));

        MoneyInvariants.assertQuarantined(() -> adapter.map("shop-1", raw, statuses), "trade.payment");
    }

    private static RawOrder raw(String json) {
        return new RawOrder("1", JsonMapper.builder().build().readTree(json));
    }

    /** A second implementation of TOP's hmac-sha256 rule, written from the docs, to check the signer on the wire. */
    private static String independentHmacSha256(HttpUrl url, String form, String secret) throws Exception {
        TreeMap<String, String> params = new TreeMap<>();
        for (String name : url.queryParameterNames()) {
            if (!name.equals("sign")) {
                params.put(name, url.queryParameter(name));
            }
        }
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        StringBuilder joined = new StringBuilder();
        params.forEach((k, v) -> joined.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(joined.toString().getBytes(StandardCharsets.UTF_8)))
                .toUpperCase(Locale.ROOT);
    }
}
