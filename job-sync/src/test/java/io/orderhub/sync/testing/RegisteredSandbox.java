package io.orderhub.sync.testing;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.order.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.stress.SandboxLink;
import io.orderhub.sync.stress.SandboxLink.SandboxShop;
import io.orderhub.sync.stress.SandboxShopRegistration;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import okhttp3.HttpUrl;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A channel sandbox for the job-sync integration tests, reached over HTTP as the executor reaches it, whose shops are
 * registered in our {@link ShopDirectory} as an operator would (secrets as {@code env:} references set in the test's
 * environment), first sync a day back. Close it to stop the sandbox.
 */
public final class RegisteredSandbox implements AutoCloseable {

    private final ChannelSandbox sandbox;
    private final SandboxLink link;
    private final List<SandboxShop> shops;

    private RegisteredSandbox(ChannelSandbox sandbox) {
        this.sandbox = sandbox;
        this.link = new SandboxLink(HttpUrl.get("http://127.0.0.1:" + sandbox.port() + "/"), new HttpClientFactory());
        this.shops = link.shops();
    }

    /** One shop per channel, {@code ordersPerShop} orders over the last six hours, no rate limits. */
    public static ChannelSandbox.Builder oneShopPerChannel(long seed, int ordersPerShop) {
        return ChannelSandbox.builder().seed(seed).shopsPerChannel(1).ordersPerShop(ordersPerShop)
                .span(Duration.ofHours(6)).unlimitedRateLimits();
    }

    public static RegisteredSandbox start(ChannelSandbox.Builder builder) {
        return new RegisteredSandbox(builder.build().start());
    }

    public static RegisteredSandbox start(long seed, int ordersPerShop) {
        return start(oneShopPerChannel(seed, ordersPerShop));
    }

    /**
     * Registers the shops of the given channels (every channel when none is given), to be synced from a day before
     * now; returns them.
     */
    public List<SandboxShop> register(ShopDirectory directory, ConfigurableEnvironment environment, Clock clock,
            Channel... channels) {
        return register(directory, environment, clock, LocalDateTime.now(clock).minusDays(1), channels);
    }

    /** Registers the shops of the given channels (every channel when none is given), to be synced from syncFrom. */
    public List<SandboxShop> register(ShopDirectory directory, ConfigurableEnvironment environment, Clock clock,
            LocalDateTime syncFrom, Channel... channels) {
        List<Channel> wanted = channels.length == 0 ? Arrays.asList(Channel.values()) : Arrays.asList(channels);
        List<SandboxShop> registered = shops.stream().filter(s -> wanted.contains(s.channel())).toList();
        SandboxShopRegistration.register(link, registered, directory, environment, clock, syncFrom);
        return registered;
    }

    /** The first shop of a channel. */
    public SandboxShop shop(Channel channel) {
        return shops.stream().filter(s -> s.channel() == channel).findFirst().orElseThrow();
    }

    public ChannelSandbox sandbox() {
        return sandbox;
    }

    public SandboxLink link() {
        return link;
    }

    public List<SandboxShop> shops() {
        return shops;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
