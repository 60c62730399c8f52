package io.orderhub.sync.channel.taobao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.FundedBy;
import io.orderhub.common.order.MarketingType;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.RefundState;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.sync.channel.ChannelAdapterContract;
import io.orderhub.sync.channel.ChannelPlugin;
import io.orderhub.sync.channel.MoneyInvariants;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.WindowLimits;
import io.orderhub.sync.status.StatusMapping;
import io.orderhub.sync.status.StatusRows;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The TOP adapter against a MockWebServer speaking TOP's wire format. */
class TaobaoAdapterTest extends ChannelAdapterContract {

    private final StatusMapping statuses = new StatusRows()
            .order(Channel.TAOBAO, "WAIT_SELLER_SEND_GOODS", OrderStatus.PAID)
            .order(Channel.TAOBAO, "WAIT_BUYER_PAY", OrderStatus.PENDING_PAYMENT)
            .refund(Channel.TAOBAO, "NO_REFUND", RefundState.NONE)
            .refund(Channel.TAOBAO, "WAIT_SELLER_AGREE", RefundState.REQUESTED)
            .table();

    @Override
    protected ChannelPlugin plugin() {
        return new TaobaoChannel(TaobaoSigner.Method.HMAC_SHA256);
    }

    @Override
    protected String appKey() {
        return "12345678";
    }

    @Override
    protected TimeWindow window() {
        return new TimeWindow(LocalDateTime.of(2024, 1, 15, 9, 0), LocalDateTime.of(2024, 1, 15, 10, 0));
    }

    @Override
    protected WindowLimits documentedLimits() {
        return new WindowLimits(Duration.ofDays(1), Duration.ofDays(90), 100, Integer.MAX_VALUE);
    }

    @Override
    protected StatusMapping statuses() {
        return statuses;
    }

    @Override
    protected String pageFixture() {
        return "increment-page.json";
    }

    @Override
    protected List<String> pageFixtureOrderIds() {
        return List.of("4012345678901234567", "4012345678901234999");
    }

    /** TOP leaves {@code trades} out when a window has no trades. */
    @Override
    protected String pageReply(String orderList) {
        return "{\"trades_sold_increment_get_response\":{\"total_results\":0"
                + (orderList == null ? "" : ",\"trades\":{\"trade\":" + orderList + "}") + "}}";
    }

    @Override
    protected String replyWithoutPage() {
        return "{\"something_else\":{}}";
    }

    @Override
    protected String refusal(PlatformErrorKind kind) {
        return switch (kind) {
            case RATE_LIMITED -> topError(7, "App Call Limited", "accesscontrol.limited-by-app-access-count",
                    "This ban will last for 1 more seconds");
            case TOKEN_EXPIRED -> topError(27, "Invalid session", "invalid-sessionkey", "");
            case SIGNATURE_REJECTED -> topError(25, "Invalid signature", "", "");
            case INVALID_REQUEST -> topError(40, "Missing required arguments", "", "end_modified");
            case UNAVAILABLE -> topError(50, "Remote service error", "isp.remote-service-error", "");
            default -> null;
        };
    }

    @Override
    protected String detailReply(String platformOrderId) {
        return "{\"trade_fullinfo_get_response\":{\"trade\":{\"tid\":" + platformOrderId + ",\"tid_str\":\""
                + platformOrderId + "\",\"status\":\"WAIT_SELLER_SEND_GOODS\"}}}";
    }

    @Override
    protected String detailReplyWithoutOrder() {
        return "{\"trade_fullinfo_get_response\":{}}";
    }

    @Override
    protected void assertDetailRequest(RecordedRequest request, String platformOrderId) throws Exception {
        HttpUrl url = request.getUrl();
        String form = request.getBody().utf8();
        assertThat(url.queryParameter("method")).isEqualTo("taobao.trade.fullinfo.get");
        assertThat(form).contains("tid=" + platformOrderId);
        assertThat(url.queryParameter("sign")).isEqualTo(independentHmacSha256(url, form, SECRET));
    }

    @Override
    protected Refused unknownStatus() {
        return new Refused("{\"tid_str\":\"1\",\"status\":\"TRADE_SOMETHING_NEW\",\"created\":\"2024-01-15 09:00:00\","
                + "\"modified\":\"2024-01-15 09:00:00\",\"total_fee\":\"1.00\",\"payment\":\"1.00\"}", "trade.status");
    }

    @Override
    protected Refused amountThatIsNotANumber() {
        return new Refused("{\"tid_str\":\"1\",\"status\":\"WAIT_BUYER_PAY\",\"created\":\"2024-01-15 09:00:00\","
                + "\"modified\":\"2024-01-15 09:00:00\",\"total_fee\":\"1.00\",\"payment\":\"12,00\"}", "trade.payment");
    }

    private static String topError(int code, String message, String subCode, String subMessage) {
        return "{\"error_response\":{\"code\":" + code + ",\"msg\":\"" + message + "\",\"sub_code\":\"" + subCode
                + "\",\"sub_msg\":\"" + subMessage + "\"}}";
    }

    @Test
    void pageRequestIsASignedTopCallWithBusinessParamsInTheForm() throws Exception {
        enqueue(fixture(pageFixture()));

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
        String id = pageFixtureOrderIds().get(0);
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
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        StringBuilder joined = new StringBuilder();
        params.forEach((k, v) -> joined.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(joined.toString().getBytes(StandardCharsets.UTF_8)))
                .toUpperCase(Locale.ROOT);
    }
}
