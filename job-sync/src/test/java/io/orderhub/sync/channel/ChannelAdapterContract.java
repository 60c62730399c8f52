package io.orderhub.sync.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.orderhub.common.order.OrderTexts;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.status.StatusMapping;
import io.orderhub.sync.status.StatusMappingRow;
import io.orderhub.sync.status.StatusMappingTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link ChannelAdapter} does, whatever the platform: paging, empty pages, malformed replies, the error
 * classes, mapping and {@code fetchDetail}, against a MockWebServer speaking the platform's wire format through the
 * production HTTP stack. The platform's replies are fixtures under {@code src/test/resources/fixtures/<channel>/},
 * named by what they are ({@code page.json}, {@code page-empty.json}, {@code refusal-token-expired.json}, …), and
 * {@code adapter-contract.json} there states what the adapter must read from them. Each adapter's test extends this
 * with its plugin and its check of the detail call on the wire, and keeps only the cases of its own platform.
 */
public abstract class ChannelAdapterContract {

    protected static final String SHOP_ID = "shop-1";
    protected static final String SECRET = "testsecret";
    protected static final String TOKEN = "testtoken";

    @StartStop
    protected final MockWebServer server = new MockWebServer();

    protected final ChannelPlugin plugin;
    protected final ChannelAdapter adapter;
    /** The status mapping of the fixtures, as {@code status_mapping} rows read through the production table. */
    protected final StatusMapping statuses;
    private final AdapterFacts facts;

    /**
     * What {@code adapter-contract.json} states: the test shop's app key and window, the limits the platform
     * documents, the ids of the orders in {@code page.json}, the fields the refused orders must be refused for, and
     * the status rows of the fixture orders.
     */
    record AdapterFacts(String appKey, TimeWindow window, WindowLimits documentedLimits, List<String> pageOrderIds,
            String unknownStatusField, String unknownRefundStatusField, String amountNotANumberField,
            List<String> unconfirmedFields, List<StatusMappingRow> statusMapping) {
    }

    protected ChannelAdapterContract(ChannelPlugin plugin) {
        this.plugin = plugin;
        this.adapter = plugin.adapter(ChannelHttpFixture.http(plugin));
        this.facts = ChannelHttp.JSON.readValue(fixture("adapter-contract.json"), AdapterFacts.class);
        this.statuses = new StatusMappingTable(facts.statusMapping().stream().map(row -> {
            row.channel = plugin.channel().name();
            return row;
        }).toList());
    }

    /** Checks the detail call on the wire: the platform's method, the order id, the signature. */
    protected abstract void assertDetailRequest(RecordedRequest request, String platformOrderId) throws Exception;

    /**
     * The platform's remark, memo and region fields on a realistic order: the name of its buyer remark field
     * (买家留言), JSON members to add to the first fixture order (with the encrypted or masked receiver fields the
     * platform also sends, which must not be kept), and the texts they map to.
     */
    public record OrderTextsSample(String buyerRemarkField, String members, OrderTexts expected) {
    }

    protected abstract OrderTextsSample orderTextsSample();

    protected final String appKey() {
        return facts.appKey();
    }

    protected final TimeWindow window() {
        return facts.window();
    }

    /** The orders of {@code page.json}, in the order the platform sent them; the page's total is as many. */
    protected final List<String> pageOrderIds() {
        return facts.pageOrderIds();
    }

    protected final ShopSession shop() {
        return ShopSession.of(new ShopCredentials(plugin.channel(), SHOP_ID, appKey(), SECRET, TOKEN, server.url("/")));
    }

    protected final String fixture(String name) {
        String body = fixtureIfAny(name);
        if (body == null) {
            throw new IllegalArgumentException("no fixture " + name + " for " + plugin.channel());
        }
        return body;
    }

    private String fixtureIfAny(String name) {
        String path = "/fixtures/" + plugin.channel().name().toLowerCase(Locale.ROOT) + "/" + name;
        try (InputStream in = ChannelAdapterContract.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The platform's reply refusing a call with this kind of error; null when the platform has no such reply. */
    private String refusal(PlatformErrorKind kind) {
        return fixtureIfAny("refusal-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".json");
    }

    protected final void enqueue(String body) {
        server.enqueue(new MockResponse.Builder().body(body).build());
    }

    protected final OrderPage fetchPage(int pageNo, int pageSize) {
        return adapter.fetchPage(shop(), window(), pageNo, pageSize);
    }

    private OrderPage fetchFirstPage() {
        return fetchPage(1, adapter.limits().maxPageSize());
    }

    /** The order of {@code page.json} at {@code index}, as the adapter reads it. */
    protected final RawOrder fixtureOrder(int index) {
        enqueue(fixture("page.json"));
        return fetchFirstPage().orders().get(index);
    }

    protected final UnifiedOrder map(RawOrder raw) {
        return adapter.map(SHOP_ID, raw, statuses);
    }

    /** A form body as name → value, decoded. */
    protected static Map<String, String> form(String encoded) {
        Map<String, String> params = new TreeMap<>();
        for (String pair : encoded.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            params.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    /** The order with more top-level members, given as JSON text ({@code "a":1,"b":"x"}). */
    protected static RawOrder withFields(RawOrder order, String members) {
        String body = order.body();
        return raw("{" + members + "," + body.substring(body.indexOf('{') + 1));
    }

    protected static RawOrder raw(String json) {
        return new RawOrder("1", ChannelHttp.JSON.readTree(json));
    }

    @Test
    void pluginAndAdapterNameTheSameChannelAndAnHttpsGateway() {
        assertThat(adapter.channel()).isEqualTo(plugin.channel());
        assertThat(plugin.productionGateway().isHttps()).isTrue();
        assertThat(plugin.defaultPacing().ratePerSecond()).isPositive();
    }

    @Test
    void limitsAreThoseThePlatformDocuments() {
        assertThat(adapter.limits()).isEqualTo(facts.documentedLimits());
        assertThat(window().length()).isLessThanOrEqualTo(adapter.limits().maxWindow());
    }

    @Test
    void pageCarriesTheTotalAndTheRawOrdersWithTheirIds() {
        enqueue(fixture("page.json"));

        OrderPage page = fetchFirstPage();

        assertThat(page.total()).isEqualTo(pageOrderIds().size());
        assertThat(page.orders()).extracting(RawOrder::platformOrderId).containsExactlyElementsOf(pageOrderIds());
    }

    @Test
    void emptyOrderListIsAPageWithoutOrders() {
        enqueue(fixture("page-empty.json"));

        OrderPage page = fetchFirstPage();

        assertThat(page.orders()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void orderListLeftOutIsAPageWithoutOrders() {
        enqueue(fixture("page-without-order-list.json"));

        assertThat(fetchFirstPage().orders()).isEmpty();
    }

    @Test
    void orderListThatIsNotAnArrayIsAMalformedPageKeepingTheBody() {
        String body = fixture("page-order-list-not-an-array.json");
        enqueue(body);

        assertThatThrownBy(() -> fetchFirstPage())
                .isInstanceOfSatisfying(MalformedPageException.class, e -> assertKeeps(e, body));
    }

    @Test
    void replyWithoutThePageIsAMalformedPageKeepingTheBody() {
        String body = fixture("reply-without-page.json");
        enqueue(body);

        assertThatThrownBy(() -> fetchFirstPage())
                .isInstanceOfSatisfying(MalformedPageException.class, e -> assertKeeps(e, body));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void truncatedBodyIsFetchedAgain() {
        enqueue(fixture("page.json").substring(0, 300));
        enqueue(fixture("page.json"));

        assertThat(fetchFirstPage().orders()).hasSameSizeAs(pageOrderIds());
    }

    @Test
    void bodyThatStaysTruncatedIsAMalformedPageKeepingTheBody() {
        String truncated = fixture("page.json").substring(0, 300);
        for (int i = 0; i < 3; i++) {
            enqueue(truncated);
        }

        assertThatThrownBy(() -> fetchFirstPage())
                .isInstanceOfSatisfying(MalformedPageException.class, e -> assertThat(e.body()).isEqualTo(truncated));
    }

    @Test
    void serverErrorsAreRetried() {
        server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
        enqueue(fixture("page.json"));

        assertThat(fetchFirstPage().orders()).hasSameSizeAs(pageOrderIds());
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(names = {"RATE_LIMITED", "UNAVAILABLE"})
    void retryableRefusalIsRetriedAndThenServed(PlatformErrorKind kind) {
        String refusal = refusal(kind);
        assumeTrue(refusal != null, "the platform has no reply of this kind");
        enqueue(refusal);
        enqueue(fixture("page.json"));
        ShopSession shop = shop();

        OrderPage page = adapter.fetchPage(shop, window(), 1, adapter.limits().maxPageSize());

        assertThat(page.orders()).hasSameSizeAs(pageOrderIds());
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(shop.stats().retries()).isEqualTo(1);
        assertThat(shop.stats().rateLimitedResponses()).isEqualTo(kind == PlatformErrorKind.RATE_LIMITED ? 1 : 0);
    }

    @ParameterizedTest
    @EnumSource(names = {"TOKEN_EXPIRED", "SIGNATURE_REJECTED", "INVALID_REQUEST"})
    void refusedCallFailsAtOnceWithItsKindNamingTheShopButNoSecret(PlatformErrorKind kind) {
        enqueue(refusal(kind));

        assertThatThrownBy(() -> fetchFirstPage())
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.error().kind()).isEqualTo(kind))
                .hasMessageContaining(plugin.channel() + "/" + SHOP_ID)
                .message().doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void shopCredentialsNeverShowTheirSecrets() {
        assertThat(shop().credentials().toString()).doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(shop().label()).doesNotContain(SECRET).doesNotContain(TOKEN);
    }

    @Test
    void detailReadsTheOrderWithItsId() throws Exception {
        String id = pageOrderIds().get(0);
        enqueue(fixture("detail.json"));

        RawOrder raw = adapter.fetchDetail(shop(), id).orElseThrow();

        assertThat(raw.platformOrderId()).isEqualTo(id);
        assertDetailRequest(server.takeRequest(), id);
    }

    @Test
    void detailWithoutAnOrderIsNone() {
        enqueue(fixture("detail-without-order.json"));

        assertThat(adapter.fetchDetail(shop(), "1")).isEmpty();
    }

    @Test
    void fixtureOrdersMapToTheirChannelShopAndId() {
        for (int i = 0; i < pageOrderIds().size(); i++) {
            UnifiedOrder order = map(fixtureOrder(i));

            assertThat(order.channel()).isEqualTo(plugin.channel());
            assertThat(order.shopId()).isEqualTo(SHOP_ID);
            assertThat(order.platformOrderId()).isEqualTo(pageOrderIds().get(i));
            assertThat(order.times().platformModified()).isNotNull();
        }
    }

    @Test
    void fixtureOrdersWithoutRemarkMemoOrRegionMapThemToNull() {
        for (int i = 0; i < pageOrderIds().size(); i++) {
            assertThat(map(fixtureOrder(i)).texts()).isEqualTo(OrderTexts.NONE);
        }
    }

    @Test
    void remarkMemoAndPlainRegionAreKeptButNotTheReceiversNamePhoneOrAddress() {
        OrderTextsSample sample = orderTextsSample();

        assertThat(map(withFields(fixtureOrder(0), sample.members())).texts()).isEqualTo(sample.expected());
    }

    @Test
    void aVeryLongBuyerRemarkIsCutToItsColumnAndTheOrderStillMaps() {
        // 1,993 UTF-16 chars, with an emoji (two of them) across the cut at 500: its first half is char 500.
        String remark = "请尽快发货".repeat(99) + "发货谢谢" + "\uD83D\uDE80" + "谢谢".repeat(746);
        UnifiedOrder order = map(withFields(fixtureOrder(0), "\"" + orderTextsSample().buyerRemarkField() + "\":\"" + remark
                + "\""));

        String kept = order.texts().buyerRemark();
        assertThat(kept).hasSize(OrderTexts.REMARK_MAX - 1).startsWith("请尽快发货请尽快发货").endsWith("发货谢谢");
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
        assertThat(order.platformOrderId()).isEqualTo(pageOrderIds().get(0));
    }

    @Test
    void fixtureOrdersHoldTheMoneyInvariants() {
        for (int i = 0; i < pageOrderIds().size(); i++) {
            MoneyInvariants.assertHolds(map(fixtureOrder(i)));
        }
    }

    @Test
    void ordersWithoutTheFieldsNoOfficialModelConfirmsStillMapAndAddUp() {
        assumeTrue(!facts.unconfirmedFields().isEmpty(), "every field read is in the platform's official model");
        int removed = 0;
        for (int i = 0; i < pageOrderIds().size(); i++) {
            UnconfirmedFields.Stripped stripped = UnconfirmedFields.strip(fixtureOrder(i), facts.unconfirmedFields());
            removed += stripped.removed();

            UnifiedOrder order = map(stripped.order());

            assertThat(order.platformOrderId()).isEqualTo(pageOrderIds().get(i));
            MoneyInvariants.assertHolds(order);
        }
        assertThat(removed).as("fields of %s removed from the fixture orders", facts.unconfirmedFields())
                .isPositive();
    }

    @Test
    void unknownStatusIsQuarantinedNotGuessed() {
        assertRefused("order-unknown-status.json", facts.unknownStatusField(), QuarantineReason.UNKNOWN_STATUS);
    }

    @Test
    void unknownRefundStatusIsQuarantinedNotGuessed() {
        assertRefused("order-unknown-refund-status.json", facts.unknownRefundStatusField(),
                QuarantineReason.UNKNOWN_STATUS);
    }

    @Test
    void amountThatIsNotANumberIsQuarantinedNamingTheField() {
        assertRefused("order-amount-not-a-number.json", facts.amountNotANumberField(),
                QuarantineReason.INVALID_FIELD);
    }

    /** The page's body as it came, read back as JSON (a platform's spacing is not kept). */
    private static void assertKeeps(MalformedPageException e, String body) {
        assertThat(ChannelHttp.JSON.readTree(e.body())).isEqualTo(ChannelHttp.JSON.readTree(body));
    }

    private void assertRefused(String order, String field, QuarantineReason reason) {
        RawOrder raw = raw(fixture(order));

        assertThatThrownBy(() -> map(raw)).isInstanceOfSatisfying(MappingFailure.class, failure -> {
            assertThat(failure.reason()).isEqualTo(reason);
            assertThat(failure.field()).isEqualTo(field);
        });
    }
}
