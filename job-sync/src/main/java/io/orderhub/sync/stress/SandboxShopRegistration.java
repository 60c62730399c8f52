package io.orderhub.sync.stress;

import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.shop.ShopRegistration;
import io.orderhub.sync.stress.SandboxLink.SandboxShop;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Registers a sandbox's shops in {@code channel_shop}, the way an operator registers real ones: secrets go into
 * the environment (here: a property source of this process) and the table keeps only {@code env:} references.
 */
public final class SandboxShopRegistration {

    private SandboxShopRegistration() {
    }

    public static void register(SandboxLink sandbox, List<SandboxShop> shops, ShopDirectory shopDirectory,
            ConfigurableEnvironment environment, Clock clock, LocalDateTime syncStartAt) {
        // Set by us, GMT+8 wall clock like every stored time: never the database's clock (docs/architecture.md, Time).
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Map<String, Object> secrets = new HashMap<>();
        for (SandboxShop shop : shops) {
            String prefix = "OMS_SANDBOX_" + shop.channel() + "_" + shop.shopId().toUpperCase(Locale.ROOT)
                    .replaceAll("[^A-Z0-9]", "_");
            secrets.put(prefix + "_SECRET", shop.appSecret());
            secrets.put(prefix + "_TOKEN", shop.accessToken());
            // Overlap 15 minutes: the sandbox stamps changes with its simulated clock, which starts 5 minutes behind
            // the wall clock and is moved by tests; a platform whose timestamps lag ours needs an overlap beyond the lag.
            // Re-registering on every start keeps what an operator changed since (e.g. the push signature algorithm).
            shopDirectory.register(new ShopRegistration(shop.channel(), shop.shopId(), "sandbox " + shop.shopId(),
                    shop.appKey(), "env:" + prefix + "_SECRET", "env:" + prefix + "_TOKEN", sandbox.base().toString(),
                    100, 900, syncStartAt), now);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("sandbox-shop-secrets", secrets));
    }
}
