package io.orderhub.demo;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.order.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.push.PushSettings;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.stress.SandboxLink.SandboxShop;
import io.orderhub.sync.stress.SandboxLink;
import io.orderhub.sync.stress.SandboxShopRegistration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import okhttp3.HttpUrl;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The seed's outage, set up over HTTP: a channel sandbox whose Taobao pushes switched to HMAC-SHA256 a minute ago,
 * its Taobao shop (400 orders over 6 hours) registered with the executor under test, which still expects MD5.
 */
final class TaobaoSignatureSwitch implements AutoCloseable {
    final ChannelSandbox sandbox;
    final SandboxLink link;
    final List<SandboxShop> shops;

    TaobaoSignatureSwitch(int executorPort, ShopDirectory shopDirectory, ConfigurableEnvironment environment,
            Clock clock) {
        sandbox = ChannelSandbox.builder().seed(23).shopsPerChannel(1).ordersPerShop(400)
                .span(Duration.ofHours(6)).unlimitedRateLimits()
                .callbackSignatureSwitchAt(Instant.now().minus(Duration.ofMinutes(1)))
                .push(PushSettings.defaults().withCallbackBaseUrl("http://127.0.0.1:" + executorPort + "/")
                        .withRate(0, 4))
                .build().start();
        link = new SandboxLink(HttpUrl.get("http://127.0.0.1:" + sandbox.port() + "/"), new HttpClientFactory());
        shops = link.shops().stream().filter(s -> s.channel() == Channel.TAOBAO).toList();
        SandboxShopRegistration.register(link, shops, shopDirectory, environment, clock,
                LocalDateTime.now(clock).minusDays(1));
    }

    String shopId() {
        return shops.get(0).shopId();
    }

    /** Pushes the last two days of the shop's order events and waits until the executor acknowledged each; how many. */
    long pushTwoDays() throws InterruptedException {
        sandbox.startPush(sandbox.now().minus(Duration.ofDays(2)));
        sandbox.awaitPushesDelivered(Duration.ofMinutes(2));
        return ((Number) sandbox.pushStats().get("acknowledged")).longValue();
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
