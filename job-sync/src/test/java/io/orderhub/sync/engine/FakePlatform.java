package io.orderhub.sync.engine;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderAmounts;
import io.orderhub.common.order.OrderTimes;
import io.orderhub.common.order.RefundState;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.JsonFields;
import io.orderhub.sync.channel.MappingFailure;
import io.orderhub.sync.channel.OrderPage;
import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.WindowLimits;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.status.StatusMapping;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An in-memory platform behind the adapter SPI: offset paging, newest first, like TOP. Tests change orders between
 * and during page fetches to reproduce what real platforms do to a sync.
 */
final class FakePlatform implements ChannelAdapter {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    record FakeOrder(String shopId, String id, String status, LocalDateTime modified, String paid) {
    }

    /** What a page fetch sees: which page of which window. */
    record PageFetch(String shopId, TimeWindow window, int pageNo) {
    }

    private final Channel channel;
    /** Whose API client this is: one per executor, when two executors share the platform. */
    private final String client;
    private final Map<String, FakeOrder> orders;
    /** Every page request in arrival order, as "client shopId", across the clients of one platform. */
    private final List<String> requests;
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile Duration maxWindow = Duration.ofHours(6);
    private volatile Consumer<PageFetch> beforePage = fetch -> { };
    private volatile Runnable beforeMap = () -> { };
    private volatile String expiredTokenShop;
    private volatile int maxResultsPerQuery = Integer.MAX_VALUE;
    /** A page number the platform never serves: it answers with the page after it instead (0: none). */
    private volatile int repeatedPage;

    FakePlatform(Channel channel) {
        this(channel, "A", new ConcurrentHashMap<>(), Collections.synchronizedList(new ArrayList<>()));
    }

    private FakePlatform(Channel channel, String client, Map<String, FakeOrder> orders, List<String> requests) {
        this.channel = channel;
        this.client = client;
        this.orders = orders;
        this.requests = requests;
    }

    /** Another executor's client of this platform: the same orders and request log, hooks of its own. */
    FakePlatform secondClient(String name) {
        FakePlatform second = new FakePlatform(channel, name, orders, requests);
        second.maxWindow = maxWindow;
        return second;
    }

    /** The longest window a query may span (PDD: 30 minutes). */
    void windowsOf(Duration length) {
        this.maxWindow = length;
    }

    /** The most orders one query may page through (Douyin: 50,000): a fuller window must be split. */
    void capResultsPerQuery(int max) {
        this.maxResultsPerQuery = max;
    }

    /** Page {@code pageNo} is answered with page {@code pageNo + 1} again, every time. */
    void repeatInsteadOf(int pageNo) {
        this.repeatedPage = pageNo;
    }

    /**
     * Registers a shop of this platform in {@code channel_shop} (page size 10, secrets from FAKE_SECRET/FAKE_TOKEN)
     * and returns its id.
     */
    String registerShop(JdbcTemplate jdbc, LocalDateTime syncStartAt, LocalDateTime registeredAt) {
        String shopId = "s-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO channel_shop (channel, shop_id, display_name, app_key, app_secret_ref, "
                + "access_token_ref, sync_page_size, sync_start_at, created_at, updated_at) VALUES (?, ?, ?, "
                + "'app-1', 'env:FAKE_SECRET', 'env:FAKE_TOKEN', 10, ?, ?, ?)", channel.name(), shopId,
                "Shop " + shopId, syncStartAt, registeredAt, registeredAt);
        return shopId;
    }

    /** {@code count} unshipped orders of the shop, {@code <shopId>-<i>}, modified a minute apart from {@code from}. */
    void seed(String shopId, int count, LocalDateTime from) {
        for (int i = 0; i < count; i++) {
            put(shopId, shopId + "-" + i, "WAIT_SELLER_STOCK_OUT", from.plusMinutes(i), "10.00");
        }
    }

    /** The page requests so far, "client shopId" each, in the order they arrived. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    void put(String shopId, String id, String status, LocalDateTime modified, String paid) {
        orders.put(shopId + "/" + id, new FakeOrder(shopId, id, status, modified, paid));
    }

    void beforePage(Consumer<PageFetch> hook) {
        this.beforePage = hook;
    }

    /** Runs on the shop's thread before each order is mapped. */
    void beforeMap(Runnable hook) {
        this.beforeMap = hook;
    }

    void expireTokenOf(String shopId) {
        this.expiredTokenShop = shopId;
    }

    int fetches() {
        return fetches.get();
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public WindowLimits limits() {
        return new WindowLimits(maxWindow, Duration.ofDays(90), 10, maxResultsPerQuery);
    }

    @Override
    public OrderPage fetchPage(ShopSession shop, TimeWindow window, int pageNo, int pageSize) {
        fetches.incrementAndGet();
        String shopId = shop.credentials().shopId();
        requests.add(client + " " + shopId);
        if (shopId.equals(expiredTokenShop)) {
            throw new PlatformException(shop.label(), "fake.search",
                    new PlatformError(PlatformErrorKind.TOKEN_EXPIRED, "19", "token expired"));
        }
        beforePage.accept(new PageFetch(shopId, window, pageNo));
        List<FakeOrder> inWindow = orders.values().stream()
                .filter(o -> o.shopId().equals(shopId))
                .filter(o -> !o.modified().isBefore(window.from()) && o.modified().isBefore(window.to()))
                .sorted(Comparator.comparing(FakeOrder::modified).reversed().thenComparing(FakeOrder::id))
                .toList();
        int served = pageNo == repeatedPage ? pageNo + 1 : pageNo;
        int from = Math.min(inWindow.size(), (served - 1) * pageSize);
        List<RawOrder> page = inWindow.subList(from, Math.min(inWindow.size(), from + pageSize)).stream()
                .map(FakePlatform::raw).toList();
        return new OrderPage(inWindow.size(), page);
    }

    static RawOrder raw(FakeOrder order) {
        String json = "{\"id\":\"" + order.id() + "\",\"status\":\"" + order.status() + "\",\"modified\":\""
                + TIME.format(order.modified()) + "\",\"paid\":\"" + order.paid() + "\"}";
        return new RawOrder(order.id(), ChannelHttp.JSON.readTree(json));
    }

    @Override
    public Optional<RawOrder> fetchDetail(ShopSession shop, String platformOrderId) {
        return Optional.ofNullable(orders.get(shop.credentials().shopId() + "/" + platformOrderId)).map(FakePlatform::raw);
    }

    @Override
    public UnifiedOrder map(String shopId, RawOrder raw, StatusMapping statuses) {
        beforeMap.run();
        JsonFields fields = new JsonFields(raw.json(), "order");
        String status = fields.text("status");
        StatusMapping.Mapped mapped = statuses.orderStatus(channel, status).orElseThrow(() ->
                new MappingFailure(QuarantineReason.UNKNOWN_STATUS, "order.status", "'" + status + "' not mapped"));
        BigDecimal paid = fields.yuan("paid", false);
        LocalDateTime modified = fields.dateTime("modified", false);
        return new UnifiedOrder(channel, shopId, fields.text("id"), mapped.status(), status, RefundState.NONE,
                mapped.onHold(), new OrderAmounts(paid, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, paid, "CNY"),
                new OrderTimes(modified.minusHours(1), null, modified, null, null, null), false, null, false, null,
                List.of(), List.of());
    }
}
