package io.orderhub.sandbox.http;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.SandboxStats;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.burst.BurstPlan;
import io.orderhub.sandbox.burst.BurstStatus;
import io.orderhub.sandbox.fault.FaultPlan;
import io.orderhub.sandbox.fault.RateLimitPolicy;
import io.orderhub.sandbox.payment.ForgedNotice;
import io.orderhub.sandbox.payment.Forgery;
import io.orderhub.sandbox.payment.PaymentGateway;
import io.orderhub.sandbox.push.OutboundMessage;
import io.orderhub.sandbox.push.PushSettings;
import io.orderhub.sandbox.truth.UnifiedOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.HttpUrl;

/**
 * What the admin endpoints under {@code /_sandbox/} ({@link AdminEndpoints}) may see and change of a running
 * sandbox, and nothing else: {@code ChannelSandbox} implements it, and the endpoints depend on this interface only,
 * so the sandbox and its HTTP controls do not import each other.
 */
public interface SandboxControls {

    /** The server root, e.g. {@code http://127.0.0.1:18080/}. */
    HttpUrl url();

    /** One platform's gateway. */
    HttpUrl url(Channel channel);

    List<ShopCredentials> shops(Channel channel);

    /** How many of a shop's orders are visible now (builds its window index). */
    int visibleOrders(Channel channel, String shopId);

    /** Expected unified records of a shop's visible orders, computed lazily. */
    Stream<UnifiedOrder> truth(Channel channel, String shopId);

    /** The simulated "now". */
    Instant now();

    /** Moves simulated time forward. */
    Instant advance(Duration duration);

    /** Modifies up to {@code count} visible orders of a shop (every shop when null); returns their ids. */
    List<String> touch(Channel channel, String shopId, int count);

    SandboxStats stats();

    /** The kept order-list pages: {@code enabled, pages, bytes, budgetBytes, hits, misses}. */
    Map<String, Object> pageCache();

    /** Drops the kept order-list pages. */
    void clearPageCache();

    FaultPlan faults();

    void faults(FaultPlan plan);

    RateLimitPolicy rateLimit(Channel channel);

    void rateLimit(Channel channel, RateLimitPolicy policy);

    void unlimitedRateLimits();

    /** Starts a burst of new orders in wall-clock time; IllegalStateException while one runs. */
    BurstStatus burst(BurstPlan plan);

    BurstStatus burstStatus();

    /** Starts push delivery, first emitting the events since {@code since} when not null. */
    void startPush(Instant since);

    void stopPush();

    PushSettings pushSettings();

    void pushSettings(PushSettings settings);

    Map<String, Object> pushStats();

    List<OutboundMessage> pushedMessages();

    Collection<PaymentGateway> paymentGateways();

    PaymentGateway paymentGateway(String name);

    /** Sends one forged payment notice about a visible order of the gateway's shop and returns the answer. */
    ForgedNotice forgeNotice(String gateway, String orderId, Forgery forgery);
}
