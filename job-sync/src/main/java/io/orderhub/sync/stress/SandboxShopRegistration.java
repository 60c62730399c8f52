package io.orderhub.sync.stress;

import io.orderhub.sync.stress.SandboxLink.SandboxShop;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registers a sandbox's shops in {@code channel_shop}, the way an operator registers real ones: secrets go into
 * the environment (here: a property source of this process) and the table keeps only {@code env:} references.
 */
public final class SandboxShopRegistration {

    private SandboxShopRegistration() {
    }

    public static void register(SandboxLink sandbox, List<SandboxShop> shops, JdbcTemplate jdbc,
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
            jdbc.update("INSERT INTO channel_shop (channel, shop_id, display_name, app_key, app_secret_ref, "
                            + "access_token_ref, api_base_url, sync_page_size, sync_overlap_seconds, sync_start_at, "
                            + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 100, 900, ?, ?, ?) ON DUPLICATE KEY "
                            + "UPDATE display_name = VALUES(display_name), app_key = VALUES(app_key), "
                            + "app_secret_ref = VALUES(app_secret_ref), access_token_ref = VALUES(access_token_ref), "
                            + "api_base_url = VALUES(api_base_url), sync_start_at = VALUES(sync_start_at), "
                            + "updated_at = VALUES(updated_at)",
                    shop.channel().name(), shop.shopId(), "sandbox " + shop.shopId(), shop.appKey(),
                    "env:" + prefix + "_SECRET", "env:" + prefix + "_TOKEN", sandbox.base().toString(), syncStartAt,
                    now, now);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("sandbox-shop-secrets", secrets));
    }
}
