package io.orderhub.sandbox;

import io.orderhub.sandbox.burst.BurstEmitter;
import io.orderhub.sandbox.burst.BurstPlan;
import io.orderhub.sandbox.burst.BurstStatus;
import io.orderhub.sandbox.douyin.DouyinGateway;
import io.orderhub.sandbox.fault.AppThrottle;
import io.orderhub.sandbox.fault.FaultInjector;
import io.orderhub.sandbox.fault.FaultPlan;
import io.orderhub.sandbox.fault.RateLimitPolicy;
import io.orderhub.sandbox.generator.OrderCatalog;
import io.orderhub.sandbox.generator.ShopOrderBook;
import io.orderhub.sandbox.generator.SimOrder;
import io.orderhub.sandbox.generator.SimulatedClock;
import io.orderhub.sandbox.http.AdminEndpoints;
import io.orderhub.sandbox.http.GatewayContext;
import io.orderhub.sandbox.http.NoDelayServerSockets;
import io.orderhub.sandbox.http.PlatformGateway;
import io.orderhub.sandbox.http.RenderedPages;
import io.orderhub.sandbox.http.RequestLog;
import io.orderhub.sandbox.http.SandboxControls;
import io.orderhub.sandbox.http.SandboxDispatcher;
import io.orderhub.sandbox.jd.JdGateway;
import io.orderhub.sandbox.payment.ForgedNotice;
import io.orderhub.sandbox.payment.Forgery;
import io.orderhub.sandbox.payment.PaymentGateway;
import io.orderhub.sandbox.payment.PaymentGatewaySpec;
import io.orderhub.sandbox.payment.PaymentQueryApis;
import io.orderhub.sandbox.pdd.PddGateway;
import io.orderhub.sandbox.push.OutboundMessage;
import io.orderhub.sandbox.push.PushSettings;
import io.orderhub.sandbox.taobao.TaobaoGateway;
import io.orderhub.sandbox.truth.GroundTruth;
import io.orderhub.sandbox.truth.UnifiedOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;

/**
 * A deterministic simulator of the Taobao, JD, Douyin and PDD order-pull APIs on one loopback HTTP server.
 *
 * <pre>{@code
 * try (ChannelSandbox sandbox = ChannelSandbox.builder().seed(42).ordersPerShop(10_000).build().start()) {
 *     ShopCredentials shop = sandbox.shops(Channel.PDD).get(0);
 *     HttpUrl gateway = sandbox.url(Channel.PDD);   // http://127.0.0.1:port/api/router
 *     ...
 *     sandbox.truth(Channel.PDD, shop.shopId())     // expected unified records
 * }
 * }</pre>
 */
public final class ChannelSandbox implements AutoCloseable, SandboxControls {
    private static final Map<Channel, String> PATHS = Map.of(Channel.TAOBAO, "/router/rest", Channel.JD, "/routerjson",
            Channel.DOUYIN, "/order/searchList", Channel.PDD, "/api/router");

    private final long seed;
    private final SandboxStats stats = new SandboxStats();
    private final FaultInjector faults;
    private final AppThrottle throttle;
    private final OrderCatalog catalog;
    private final GatewayContext context;
    private final AtomicLong touchRounds = new AtomicLong();
    private final BurstEmitter burst;
    private final CallbackPush push;
    private final Clock wallClock;
    private final Duration timestampTolerance;
    private final RequestLog requestLog;
    private final RenderedPages renderedPages;
    private MockWebServer server;

    private ChannelSandbox(Builder b) {
        this.seed = b.seed;
        this.faults = new FaultInjector(b.seed, stats);
        this.faults.plan(b.callbackSignatureSwitchAt == null ? b.faults
                : b.faults.toBuilder().callbackSignatureSwitchAt(b.callbackSignatureSwitchAt).build());
        this.wallClock = b.wallClock;
        this.timestampTolerance = b.timestampTolerance;
        this.throttle = new AppThrottle(b.wallClock, b.rateLimits);
        Instant now = b.now != null ? b.now : b.wallClock.instant().minus(Duration.ofMinutes(5));
        long nowSeconds = now.getEpochSecond();
        this.catalog = new OrderCatalog(b.seed, b.shopsPerChannel, b.ordersPerShop, nowSeconds - b.span.getSeconds(),
                b.span.getSeconds(), b.inconsistentFraction, b.refundNotReflectedFraction, faults::badOrderRate,
                faults::outOfOrderModifiedRate, new SimulatedClock(nowSeconds));
        this.burst = new BurstEmitter(catalog, b.wallClock);
        this.requestLog = new RequestLog(b.wallClock, (channel, token) -> catalog.shopByToken(channel, token)
                .map(index -> catalog.shops(channel).get(index).shopId()));
        this.renderedPages = b.pageCacheBytes > 0 ? RenderedPages.keeping(b.pageCacheBytes) : RenderedPages.disabled();
        this.context = new GatewayContext(catalog, faults, throttle, stats, b.wallClock, b.timestampTolerance,
                renderedPages);
        PushSettings pushSettings = b.callbackBaseUrl == null ? b.push : b.push.withCallbackBaseUrl(b.callbackBaseUrl);
        this.push = new CallbackPush(catalog, b.seed, b.wallClock, pushSettings, b.paymentGateways,
                () -> faults.plan().callbackSignatureSwitchAt());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts on a free loopback port. */
    public ChannelSandbox start() {
        return start(0);
    }

    public synchronized ChannelSandbox start(int port) {
        if (server != null) {
            throw new IllegalStateException("already started on port " + server.getPort());
        }
        List<PlatformGateway> gateways = List.of(new TaobaoGateway(context), new JdGateway(context),
                new DouyinGateway(context, DouyinGateway.SEARCH_LIST),
                new DouyinGateway(context, DouyinGateway.ORDER_DETAIL), new PddGateway(context));
        MockWebServer started = new MockWebServer();
        started.setServerSocketFactory(new NoDelayServerSockets());
        started.setDispatcher(new SandboxDispatcher(gateways, new AdminEndpoints(this), faults, stats,
                new PaymentQueryApis(push.gateways(), push.trades(), wallClock, timestampTolerance, stats), requestLog));
        try {
            started.start(InetAddress.getLoopbackAddress(), port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox on port " + port, e);
        }
        server = started;
        return this;
    }

    public int port() {
        return running().getPort();
    }

    /** The server root, e.g. {@code http://127.0.0.1:18080/}. */
    @Override
    public HttpUrl url() {
        return running().url("/");
    }

    /** The gateway of one platform: {@code /router/rest}, {@code /routerjson}, {@code /order/searchList}, {@code /api/router}. */
    @Override
    public HttpUrl url(Channel channel) {
        return running().url(PATHS.get(channel));
    }

    @Override
    public List<ShopCredentials> shops(Channel channel) {
        return catalog.shops(channel);
    }

    /** The simulated "now" all order states refer to. */
    @Override
    public Instant now() {
        return Instant.ofEpochSecond(catalog.now());
    }

    /** Moves simulated time forward: orders progress along their lifecycles and their modified times change. */
    @Override
    public synchronized Instant advance(Duration duration) {
        long from = catalog.now();
        long to = catalog.clock().advance(duration);
        push.advanced(from, to);
        return Instant.ofEpochSecond(to);
    }

    /**
     * Modifies {@code count} visible orders of a shop (all shops when {@code shopId} is null) at the current
     * simulated instant (a seller remark changes), so they show up in the next incremental window. Returns their ids.
     */
    @Override
    public List<String> touch(Channel channel, String shopId, int count) {
        List<Integer> shops = shopId == null ? IntStream.range(0, shops(channel).size()).boxed().toList()
                : List.of(shopIndex(channel, shopId));
        SplittableRandom random = new SplittableRandom(seed ^ touchRounds.incrementAndGet() * 0x9E3779B97F4A7C15L);
        long now = catalog.now();
        List<String> touched = new ArrayList<>();
        for (int i = 0; i < count && !shops.isEmpty(); i++) {
            ShopOrderBook book = catalog.book(channel, shops.get(random.nextInt(shops.size())));
            for (int attempt = 0; attempt < 20; attempt++) {
                int index = random.nextInt(book.orderCount());
                if (book.visible(index, now)) {
                    book.touch(index, now, now);
                    SimOrder order = book.order(index, now);
                    touched.add(order.orderId());
                    push.touched(channel, order.shop(), index, now, order.touches());
                    break;
                }
            }
        }
        stats.add("touched." + channel, touched.size());
        return touched;
    }

    /**
     * Starts creating new orders in wall-clock time (an "11.11 peak"), per shop, in the background; returns at once.
     * Burst orders are paid, awaiting shipment, created and modified at the wall-clock second they appear, and part
     * of every window query and of the truth. Throws IllegalStateException while a burst is running.
     */
    @Override
    public BurstStatus burst(BurstPlan plan) {
        return burst.start(plan);
    }

    /** Progress of the current or last burst. */
    @Override
    public BurstStatus burstStatus() {
        return burst.status();
    }

    /** Expected unified records of a shop's visible orders, in generation order; computed lazily. */
    @Override
    public Stream<UnifiedOrder> truth(Channel channel, String shopId) {
        return orders(channel, shopId).map(GroundTruth::of);
    }

    /** The sandbox's internal view of a shop's visible orders (for tests that need the raw model). */
    public Stream<SimOrder> orders(Channel channel, String shopId) {
        ShopOrderBook book = catalog.book(channel, shopIndex(channel, shopId));
        long now = catalog.now();
        return IntStream.range(0, book.indexLimit()).filter(i -> book.visible(i, now))
                .mapToObj(i -> book.order(i, now));
    }

    @Override
    public int visibleOrders(Channel channel, String shopId) {
        return catalog.book(channel, shopIndex(channel, shopId)).visibleCount(catalog.now());
    }

    @Override
    public FaultPlan faults() {
        return faults.plan();
    }

    @Override
    public void faults(FaultPlan plan) {
        faults.plan(plan);
    }

    @Override
    public RateLimitPolicy rateLimit(Channel channel) {
        return throttle.policy(channel);
    }

    @Override
    public void rateLimit(Channel channel, RateLimitPolicy policy) {
        throttle.setPolicy(channel, policy);
    }

    /** Switches every channel's rate limit off (benchmarks). */
    @Override
    public void unlimitedRateLimits() {
        for (Channel channel : Channel.values()) {
            throttle.setPolicy(channel, RateLimitPolicy.UNLIMITED);
        }
    }

    /** Wall-clock instant from which Taobao pushes are signed hmac-sha256 instead of md5 (empty = md5 only). */
    public Optional<Instant> callbackSignatureSwitchAt() {
        return Optional.ofNullable(faults.plan().callbackSignatureSwitchAt());
    }

    /** Every order-API request received, as the platform's access log would show it. */
    public RequestLog requestLog() {
        return requestLog;
    }

    @Override
    public SandboxStats stats() {
        return stats;
    }

    /** The kept order-list pages ({@link Builder#cachePages}): {@code enabled, pages, bytes, budgetBytes, hits, misses}. */
    @Override
    public Map<String, Object> pageCache() {
        return renderedPages.stats();
    }

    /** Drops the kept pages (their counters stay). */
    @Override
    public void clearPageCache() {
        renderedPages.clear();
    }

    // ---- push / callback mode ------------------------------------------------------------------------------

    /** Starts (or resumes) push delivery; events from now on (every {@link #advance}) become messages. */
    public void startPush() {
        push.start(null);
    }

    /** Like {@link #startPush()}, first emitting the lifecycle events in {@code [since, now]} (oldest first). */
    @Override
    public void startPush(Instant since) {
        push.start(since);
    }

    /**
     * Waits until push delivery has nothing pending and has sent at least one message (the receiver acknowledged or
     * finally refused each); fails with the push statistics when that takes longer than {@code timeout}.
     */
    public void awaitPushesDelivered(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> stats = pushStats();
            if (((Number) stats.get("pending")).longValue() == 0 && ((Number) stats.get("messages")).longValue() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("pushes not delivered within " + timeout + ": " + pushStats());
    }

    /** Pauses delivery (queued messages and retries wait; events keep being recorded). */
    @Override
    public void stopPush() {
        push.stop();
    }

    @Override
    public PushSettings pushSettings() {
        return push.settings();
    }

    /** Replaces the push settings; rate, time factor and fault rates apply at once, concurrency from the next start. */
    @Override
    public void pushSettings(PushSettings settings) {
        push.settings(settings);
    }

    /** {@code running, messages, sent, acknowledged, retried, failedAttempts, pending, abandoned, duplicated,
     * reordered, suppressed, byAlgorithm.{md5|hmac-sha256|RSA2|WECHATPAY2-SHA256-RSA2048|none}.{sent,acknowledged}}. */
    @Override
    public Map<String, Object> pushStats() {
        return push.stats();
    }

    /** Every message emitted so far (including SUPPRESSED notifies) with its delivery record, oldest first. */
    @Override
    public List<OutboundMessage> pushedMessages() {
        return push.messages();
    }

    @Override
    public Collection<PaymentGateway> paymentGateways() {
        return push.gateways();
    }

    @Override
    public PaymentGateway paymentGateway(String name) {
        return push.gateway(name);
    }

    /** Sends one forged payment notice about a visible order of the gateway's shop and returns the answer. */
    @Override
    public ForgedNotice forgeNotice(String gateway, String orderId, Forgery forgery) {
        return push.forge(gateway, orderId, forgery);
    }

    @Override
    public synchronized void close() {
        burst.close();
        push.close();
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private int shopIndex(Channel channel, String shopId) {
        return catalog.shopIndex(channel, shopId)
                .orElseThrow(() -> new IllegalArgumentException("no " + channel + " shop " + shopId));
    }

    private synchronized MockWebServer running() {
        if (server == null) {
            throw new IllegalStateException("the sandbox is not started");
        }
        return server;
    }

    /** Configuration; every setting has a usable default. */
    public static final class Builder {
        private long seed = 20240115L;
        private int shopsPerChannel = 2;
        private int ordersPerShop = 1000;
        private Duration span = Duration.ofDays(30);
        private Instant now;
        private double inconsistentFraction;
        private double refundNotReflectedFraction;
        private FaultPlan faults = FaultPlan.none();
        private final Map<Channel, RateLimitPolicy> rateLimits = new EnumMap<>(Channel.class);
        private Clock wallClock = Clock.systemUTC();
        private Duration timestampTolerance = Duration.ofMinutes(10);
        private PushSettings push = PushSettings.defaults();
        private String callbackBaseUrl;
        private Instant callbackSignatureSwitchAt;
        private final List<PaymentGatewaySpec> paymentGateways = new ArrayList<>();
        private long pageCacheBytes;

        private Builder() {
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder shopsPerChannel(int shops) {
            if (shops < 1) {
                throw new IllegalArgumentException("shopsPerChannel must be ≥ 1: " + shops);
            }
            this.shopsPerChannel = shops;
            return this;
        }

        public Builder ordersPerShop(int orders) {
            if (orders < 1) {
                throw new IllegalArgumentException("ordersPerShop must be ≥ 1: " + orders);
            }
            this.ordersPerShop = orders;
            return this;
        }

        /** Orders are created within {@code [now − span, now]}. */
        public Builder span(Duration span) {
            if (span.isNegative() || span.isZero()) {
                throw new IllegalArgumentException("span must be positive: " + span);
            }
            this.span = span;
            return this;
        }

        /** The simulated "now"; default: the wall clock minus five minutes. */
        public Builder now(Instant now) {
            this.now = now.truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /** Fraction of orders served with a deliberate amount mismatch (consistency-check tests). */
        public Builder inconsistentFraction(double fraction) {
            this.inconsistentFraction = fraction;
            return this;
        }

        /**
         * Fraction of orders with a refunded line (not JD) whose order-level fields do not show the refund
         * ({@code REFUND_NOT_REFLECTED}); drawn independently of {@link #inconsistentFraction}, which wins.
         */
        public Builder refundNotReflectedFraction(double fraction) {
            this.refundNotReflectedFraction = fraction;
            return this;
        }

        public Builder faults(FaultPlan faults) {
            this.faults = faults;
            return this;
        }

        public Builder rateLimit(Channel channel, RateLimitPolicy policy) {
            rateLimits.put(channel, policy);
            return this;
        }

        public Builder unlimitedRateLimits() {
            for (Channel channel : Channel.values()) {
                rateLimits.put(channel, RateLimitPolicy.UNLIMITED);
            }
            return this;
        }

        /** The server clock used for timestamp checks, rate limits and token expiry (not for order states). */
        public Builder wallClock(Clock clock) {
            this.wallClock = clock;
            return this;
        }

        public Builder timestampTolerance(Duration tolerance) {
            this.timestampTolerance = tolerance;
            return this;
        }

        /** Receiver root for push mode: {@code {base}/callbacks/taobao/{shopId}}, {@code {base}/payments/…}. */
        public Builder callbackBaseUrl(String url) {
            this.callbackBaseUrl = url;
            return this;
        }

        /** Rate, concurrency, time factor and push faults (its callbackBaseUrl is overridden by {@link #callbackBaseUrl}). */
        public Builder push(PushSettings settings) {
            this.push = settings;
            return this;
        }

        /** Pushes are signed md5 before this wall-clock instant and hmac-sha256 from it on (sets the FaultPlan field). */
        public Builder callbackSignatureSwitchAt(Instant at) {
            this.callbackSignatureSwitchAt = at;
            return this;
        }

        /** A gateway account collecting one shop's payments (notifies + query API); keys generated unless given. */
        public Builder paymentGateway(PaymentGatewaySpec gateway) {
            this.paymentGateways.add(gateway);
            return this;
        }

        /**
         * Keeps the order list of every order-list page once rendered, up to {@code budgetBytes} of UTF-8 JSON, and
         * serves it again for a page of the same orders in the same state (benchmarks: a real platform's rendering
         * is not on the client's machine). Signatures, rate limits and faults still apply to every request.
         */
        public Builder cachePages(long budgetBytes) {
            if (budgetBytes <= 0) {
                throw new IllegalArgumentException("cachePages budget must be > 0 bytes: " + budgetBytes);
            }
            this.pageCacheBytes = budgetBytes;
            return this;
        }

        public ChannelSandbox build() {
            return new ChannelSandbox(this);
        }
    }
}
