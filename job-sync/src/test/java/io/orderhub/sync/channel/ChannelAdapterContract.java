package io.orderhub.sync.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.status.StatusMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link ChannelAdapter} does, whatever the platform: paging, empty pages, malformed replies, the error
 * classes, mapping and {@code fetchDetail}, against a MockWebServer speaking the platform's wire format through the
 * production HTTP stack. Each adapter's test extends this, supplies the platform's replies (fixtures under
 * {@code src/test/resources/fixtures/<channel>/}) and keeps only the cases of its own platform.
 */
public abstract class ChannelAdapterContract {

    protected static final String SHOP_ID = "shop-1";
    protected static final String SECRET = "testsecret";
    protected static final String TOKEN = "testtoken";

    @StartStop
    protected final MockWebServer server = new MockWebServer();

    protected ChannelAdapter adapter;

    /** An order the mapping refuses, and the field the refusal must name. */
    public record Refused(String orderJson, String field) {
    }

    /** The platform's plugin, as production builds it. */
    protected abstract ChannelPlugin plugin();

    /** The app key of the test shop, in the platform's own format. */
    protected abstract String appKey();

    /** The window the tests query, within the platform's limits. */
    protected abstract TimeWindow window();

    /** The limits the platform documents. */
    protected abstract WindowLimits documentedLimits();

    /** Status rows for every status of the fixture orders. */
    protected abstract StatusMapping statuses();

    /** The fixture of a full page, holding the orders {@link #pageFixtureOrderIds()} and a total of as many. */
    protected abstract String pageFixture();

    protected abstract List<String> pageFixtureOrderIds();

    /** A successful page reply whose order list is {@code orderList} (JSON), or left out when that is null. */
    protected abstract String pageReply(String orderList);

    /** A reply that carries no page at all (and no error either). */
    protected abstract String replyWithoutPage();

    /** The platform's reply refusing a call with this kind of error; null when the platform has no such reply. */
    protected abstract String refusal(PlatformErrorKind kind);

    /** A successful detail reply holding the order with this id. */
    protected abstract String detailReply(String platformOrderId);

    /** A successful detail reply without an order where the platform puts it. */
    protected abstract String detailReplyWithoutOrder();

    /** Checks the detail call on the wire: the platform's method, the order id, the signature. */
    protected abstract void assertDetailRequest(RecordedRequest request, String platformOrderId) throws Exception;

    /** An order whose status the mapping does not know. */
    protected abstract Refused unknownStatus();

    /** An order with an amount that is not a number. */
    protected abstract Refused amountThatIsNotANumber();

    @BeforeEach
    void buildAdapter() {
        adapter = plugin().adapter(ChannelHttpFixture.http(plugin()));
    }

    protected final ShopSession shop() {
        return ShopSession.of(new ShopCredentials(plugin().channel(), SHOP_ID, appKey(), SECRET, TOKEN,
                server.url("/")));
    }

    protected final String fixture(String name) {
        String path = "/fixtures/" + plugin().channel().name().toLowerCase(Locale.ROOT) + "/" + name;
        try (InputStream in = ChannelAdapterContract.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected final void enqueue(String body) {
        server.enqueue(new MockResponse.Builder().body(body).build());
    }

    protected final OrderPage fetchPage(int pageNo, int pageSize) {
        return adapter.fetchPage(shop(), window(), pageNo, pageSize);
    }

    /** The fixture page's order at {@code index}, as the adapter reads it. */
    protected final RawOrder fixtureOrder(int index) {
        enqueue(fixture(pageFixture()));
        return fetchPage(1, adapter.limits().maxPageSize()).orders().get(index);
    }

    protected final UnifiedOrder map(RawOrder raw) {
        return adapter.map(SHOP_ID, raw, statuses());
    }

    protected static RawOrder raw(String json) {
        return new RawOrder("1", ChannelHttp.JSON.readTree(json));
    }

    @Test
    void pluginAndAdapterNameTheSameChannelAndAnHttpsGateway() {
        assertThat(adapter.channel()).isEqualTo(plugin().channel());
        assertThat(plugin().productionGateway().isHttps()).isTrue();
        assertThat(plugin().defaultPacing().ratePerSecond()).isPositive();
    }

    @Test
    void limitsAreThoseThePlatformDocuments() {
        assertThat(adapter.limits()).isEqualTo(documentedLimits());
        assertThat(window().length()).isLessThanOrEqualTo(documentedLimits().maxWindow());
    }

    @Test
    void pageCarriesTheTotalAndTheRawOrdersWithTheirIds() {
        enqueue(fixture(pageFixture()));

        OrderPage page = fetchPage(1, adapter.limits().maxPageSize());

        assertThat(page.total()).isEqualTo(pageFixtureOrderIds().size());
        assertThat(page.orders()).extracting(RawOrder::platformOrderId).containsExactlyElementsOf(pageFixtureOrderIds());
    }

    @Test
    void emptyOrderListIsAPageWithoutOrders() {
        enqueue(pageReply("[]"));

        OrderPage page = fetchPage(1, adapter.limits().maxPageSize());

        assertThat(page.orders()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void orderListLeftOutIsAPageWithoutOrders() {
        enqueue(pageReply(null));

        assertThat(fetchPage(1, adapter.limits().maxPageSize()).orders()).isEmpty();
    }

    @Test
    void orderListThatIsNotAnArrayIsAMalformedPageKeepingTheBody() {
        String body = pageReply("{\"1\":{}}");
        enqueue(body);

        assertThatThrownBy(() -> fetchPage(1, adapter.limits().maxPageSize()))
                .isInstanceOfSatisfying(MalformedPageException.class, e -> assertThat(e.body()).isEqualTo(body));
    }

    @Test
    void replyWithoutThePageIsAMalformedPageKeepingTheBody() {
        String body = replyWithoutPage();
        enqueue(body);

        assertThatThrownBy(() -> fetchPage(1, adapter.limits().maxPageSize()))
                .isInstanceOfSatisfying(MalformedPageException.class, e -> assertThat(e.body()).isEqualTo(body));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void truncatedBodyIsFetchedAgain() {
        enqueue(fixture(pageFixture()).substring(0, 300));
        enqueue(fixture(pageFixture()));

        assertThat(fetchPage(1, adapter.limits().maxPageSize()).orders()).hasSameSizeAs(pageFixtureOrderIds());
    }

    @Test
    void bodyThatStaysTruncatedIsAMalformedPageKeepingTheBody() {
        String truncated = fixture(pageFixture()).substring(0, 300);
        for (int i = 0; i < 3; i++) {
            enqueue(truncated);
        }

        assertThatThrownBy(() -> fetchPage(1, adapter.limits().maxPageSize()))
                .isInstanceOfSatisfying(MalformedPageException.class, e -> assertThat(e.body()).isEqualTo(truncated));
    }

    @Test
    void serverErrorsAreRetried() {
        server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
        enqueue(fixture(pageFixture()));

        assertThat(fetchPage(1, adapter.limits().maxPageSize()).orders()).hasSameSizeAs(pageFixtureOrderIds());
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(names = {"RATE_LIMITED", "UNAVAILABLE"})
    void retryableRefusalIsRetriedAndThenServed(PlatformErrorKind kind) {
        String refusal = refusal(kind);
        assumeTrue(refusal != null, "the platform has no reply of this kind");
        enqueue(refusal);
        enqueue(fixture(pageFixture()));
        ShopSession shop = shop();

        OrderPage page = adapter.fetchPage(shop, window(), 1, adapter.limits().maxPageSize());

        assertThat(page.orders()).hasSameSizeAs(pageFixtureOrderIds());
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(shop.stats().retries()).isEqualTo(1);
        assertThat(shop.stats().rateLimitedResponses()).isEqualTo(kind == PlatformErrorKind.RATE_LIMITED ? 1 : 0);
    }

    @ParameterizedTest
    @EnumSource(names = {"TOKEN_EXPIRED", "SIGNATURE_REJECTED", "INVALID_REQUEST"})
    void refusedCallFailsAtOnceWithItsKindNamingTheShopButNoSecret(PlatformErrorKind kind) {
        enqueue(refusal(kind));

        assertThatThrownBy(() -> fetchPage(1, adapter.limits().maxPageSize()))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.error().kind()).isEqualTo(kind))
                .hasMessageContaining(plugin().channel() + "/" + SHOP_ID)
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
        String id = pageFixtureOrderIds().get(0);
        enqueue(detailReply(id));

        RawOrder raw = adapter.fetchDetail(shop(), id).orElseThrow();

        assertThat(raw.platformOrderId()).isEqualTo(id);
        assertDetailRequest(server.takeRequest(), id);
    }

    @Test
    void detailWithoutAnOrderIsNone() {
        enqueue(detailReplyWithoutOrder());

        assertThat(adapter.fetchDetail(shop(), "1")).isEmpty();
    }

    @Test
    void fixtureOrdersMapToTheirChannelShopAndId() {
        for (int i = 0; i < pageFixtureOrderIds().size(); i++) {
            UnifiedOrder order = map(fixtureOrder(i));

            assertThat(order.channel()).isEqualTo(plugin().channel());
            assertThat(order.shopId()).isEqualTo(SHOP_ID);
            assertThat(order.platformOrderId()).isEqualTo(pageFixtureOrderIds().get(i));
            assertThat(order.times().platformModified()).isNotNull();
        }
    }

    @Test
    void fixtureOrdersHoldTheMoneyInvariants() {
        for (int i = 0; i < pageFixtureOrderIds().size(); i++) {
            MoneyInvariants.assertHolds(map(fixtureOrder(i)));
        }
    }

    @Test
    void unknownStatusIsQuarantinedNotGuessed() {
        assertRefused(unknownStatus(), QuarantineReason.UNKNOWN_STATUS);
    }

    @Test
    void amountThatIsNotANumberIsQuarantinedNamingTheField() {
        assertRefused(amountThatIsNotANumber(), QuarantineReason.INVALID_FIELD);
    }

    private void assertRefused(Refused refused, QuarantineReason reason) {
        RawOrder raw = raw(refused.orderJson());

        assertThatThrownBy(() -> map(raw)).isInstanceOfSatisfying(MappingFailure.class, failure -> {
            assertThat(failure.reason()).isEqualTo(reason);
            assertThat(failure.field()).isEqualTo(refused.field());
        });
    }
}
