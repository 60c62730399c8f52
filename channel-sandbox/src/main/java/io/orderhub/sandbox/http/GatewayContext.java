package io.orderhub.sandbox.http;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.SandboxStats;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.fault.AppThrottle;
import io.orderhub.sandbox.fault.FaultInjector;
import io.orderhub.sandbox.fault.PagedWindow;
import io.orderhub.sandbox.fault.ThrottleVerdict;
import io.orderhub.sandbox.generator.OrderCatalog;
import io.orderhub.sandbox.generator.ShopOrderBook;
import io.orderhub.sandbox.generator.SimOrder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** What every gateway shares: data, faults, throttle, stats, the server clock, and the common admission checks. */
public final class GatewayContext {
    private final OrderCatalog catalog;
    private final FaultInjector faults;
    private final AppThrottle throttle;
    private final SandboxStats stats;
    private final Clock wallClock;
    private final Duration timestampTolerance;
    private final PagedWindow pagedWindow;
    private final RenderedPages renderedPages;
    private final AtomicLong requestIds = new AtomicLong();

    public GatewayContext(OrderCatalog catalog, FaultInjector faults, AppThrottle throttle, SandboxStats stats,
                          Clock wallClock, Duration timestampTolerance, RenderedPages renderedPages) {
        this.catalog = catalog;
        this.faults = faults;
        this.throttle = throttle;
        this.stats = stats;
        this.wallClock = wallClock;
        this.timestampTolerance = timestampTolerance;
        this.pagedWindow = new PagedWindow(faults, stats);
        this.renderedPages = renderedPages;
    }

    public OrderCatalog catalog() {
        return catalog;
    }

    public FaultInjector faults() {
        return faults;
    }

    public SandboxStats stats() {
        return stats;
    }

    public PagedWindow pagedWindow() {
        return pagedWindow;
    }

    /**
     * The orders of a list page at {@code now}, each rendered by {@code renderer}, or the page's kept rendering
     * ({@link RenderedPages}, {@code --cache-pages}). {@code renderOptions}: whatever else the renderer is given
     * (JD's {@code optional_fields}), empty when nothing.
     */
    public JsonNode orderList(Channel channel, int shop, ShopOrderBook book, int[] indices, long now,
                              String renderOptions, Function<SimOrder, JsonNode> renderer) {
        if (!renderedPages.enabled()) {
            return render(book, indices, now, renderer);
        }
        RenderedPages.Key key = new RenderedPages.Key(channel, shop, now, book.revision(), faults.badOrderRate(),
                faults.outOfOrderModifiedRate(channel), renderOptions, indices);
        return renderedPages.orders(key, () -> render(book, indices, now, renderer));
    }

    private static ArrayNode render(ShopOrderBook book, int[] indices, long now, Function<SimOrder, JsonNode> renderer) {
        ArrayNode list = SandboxJson.MAPPER.createArrayNode();
        for (int index : indices) {
            list.add(renderer.apply(book.order(index, now)));
        }
        return list;
    }

    public long now() {
        return catalog.now();
    }

    /** Sequential, so a single-threaded run is reproducible byte for byte. */
    public String requestId() {
        return String.format("sandbox%017x", requestIds.incrementAndGet());
    }

    public String required(Map<String, String> params, String name, Reason missing) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            throw new ApiRejection(missing, name);
        }
        return value;
    }

    public ShopCredentials app(Channel channel, String appKey) {
        return catalog.app(channel, appKey).orElseThrow(() -> new ApiRejection(Reason.INVALID_APP_KEY, appKey));
    }

    /** The platforms accept a client clock within a tolerance of the server's (±10 minutes). */
    public void checkTimestamp(Instant sent) {
        Duration skew = Duration.between(wallClock.instant(), sent).abs();
        if (skew.compareTo(timestampTolerance) > 0) {
            throw new ApiRejection(Reason.INVALID_TIMESTAMP, "skew " + skew.getSeconds() + "s");
        }
    }

    /** The shop behind an access token; rejects unknown and (fault-injected) expired tokens. */
    public int shop(Channel channel, String accessToken) {
        int shop = catalog.shopByToken(channel, accessToken)
                .orElseThrow(() -> new ApiRejection(Reason.INVALID_TOKEN, "unknown token"));
        if (faults.tokenExpired(channel, catalog.shops(channel).get(shop).shopId(), wallClock.instant())) {
            throw new ApiRejection(Reason.TOKEN_EXPIRED, "expired");
        }
        return shop;
    }

    /** The per-app, per-API token bucket, then the injected rate-limit fault. */
    public void admit(Channel channel, String appKey, String method) {
        ThrottleVerdict verdict = throttle.acquire(channel, appKey, method);
        if (verdict.kind() == ThrottleVerdict.Kind.APP_BANNED) {
            stats.increment("rateLimited." + channel);
            throw new ApiRejection(Reason.APP_BANNED, method, verdict.retryAfterSeconds());
        }
        if (verdict.kind() == ThrottleVerdict.Kind.RATE_LIMITED) {
            stats.increment("rateLimited." + channel);
            throw new ApiRejection(Reason.RATE_LIMITED, method, verdict.retryAfterSeconds());
        }
        if (faults.injectedRateLimit(channel)) {
            throw new ApiRejection(Reason.RATE_LIMITED, method, 1);
        }
        if (faults.serviceUnavailable(channel)) {
            throw new ApiRejection(Reason.SERVICE_UNAVAILABLE, method);
        }
    }

    public void rejected(ApiRejection rejection) {
        stats.increment("rejected." + rejection.reason());
    }
}
