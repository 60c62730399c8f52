package io.orderhub.sync.shop.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.sync.channel.WindowLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ShopRulesTest {

    /** 2026-12-05 10:00 GMT+8. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final WindowLimits PDD_LIMITS = new WindowLimits(Duration.ofMinutes(30), Duration.ofDays(90), 100,
            Integer.MAX_VALUE);

    private final ShopRules rules = new ShopRules(EnumSet.allOf(Channel.class), secrets(), CLOCK);

    private static SecretResolver secrets() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env", Map.of("OMS_SECRET_SET", "s3cret")));
        return new SecretResolver(environment);
    }

    @Test
    void baseUrlIsStoredNormalisedWithItsPort() {
        assertThat(rules.apiBaseUrl(Channel.JD, "https://API.jd.com")).isEqualTo("https://api.jd.com/");
        assertThat(rules.apiBaseUrl(Channel.JD, "http://127.0.0.1:18080")).isEqualTo("http://127.0.0.1:18080/");
        assertThat(rules.apiBaseUrl(Channel.JD, "")).isNull();
    }

    @Test
    void baseUrlPathIsRefusedNamingTheHostToGiveInstead() {
        assertThatThrownBy(() -> rules.apiBaseUrl(Channel.PDD, "https://proxy.example.com:8443/pdd/api/router"))
                .hasMessage("--api-base-url (api_base_url): path '/pdd/api/router' would be dropped: the PDD client"
                        + " calls its API's own path on this host; give https://proxy.example.com:8443/ (a gateway"
                        + " behind a path prefix is not supported)");
    }

    @Test
    void plainHttpIsOnlyForLoopbackHosts() {
        assertThat(rules.apiBaseUrl(Channel.TAOBAO, "http://localhost:8080/")).isEqualTo("http://localhost:8080/");
        assertThat(rules.apiBaseUrl(Channel.TAOBAO, "http://[::1]:8080/")).isEqualTo("http://[::1]:8080/");
        assertThatThrownBy(() -> rules.apiBaseUrl(Channel.TAOBAO, "http://eco.taobao.com/"))
                .hasMessageContaining("plain http would send the access token in clear");
    }

    @Test
    void baseUrlWithUserInfoQueryOrAnotherSchemeIsRefused() {
        assertThatThrownBy(() -> rules.apiBaseUrl(Channel.JD, "https://user:pw@api.jd.com/"))
                .hasMessageContaining("carries user info").hasMessageNotContaining("pw");
        assertThatThrownBy(() -> rules.apiBaseUrl(Channel.JD, "https://api.jd.com/?v=2"))
                .hasMessageContaining("carries a query or fragment");
        assertThatThrownBy(() -> rules.apiBaseUrl(Channel.JD, "ftp://api.jd.com/"))
                .hasMessageContaining("is not an http(s) URL");
    }

    @Test
    void syncStartAtNeedsAZoneAndIsStoredAsGmt8WallClock() {
        assertThat(rules.syncStartAt(Channel.PDD, PDD_LIMITS, "2026-12-01T00:00:00Z"))
                .isEqualTo(LocalDateTime.parse("2026-12-01T08:00:00"));
        assertThat(rules.syncStartAt(Channel.PDD, PDD_LIMITS, "2026-12-01T00:00:00+08:00[Asia/Shanghai]"))
                .isEqualTo(LocalDateTime.parse("2026-12-01T00:00:00"));
        assertThatThrownBy(() -> rules.syncStartAt(Channel.PDD, PDD_LIMITS, "2026-12-01T00:00:00"))
                .hasMessageStartingWith("--sync-start-at (sync_start_at): '2026-12-01T00:00:00' is not a time with its zone");
    }

    @Test
    void syncStartAtInTheFutureOrBeyondThePlatformsLookBackIsRefused() {
        assertThatThrownBy(() -> rules.syncStartAt(Channel.PDD, PDD_LIMITS, "2026-12-05T10:00:01+08:00"))
                .hasMessageContaining("2026-12-05 10:00:01 GMT+8 is in the future");
        assertThatThrownBy(() -> rules.syncStartAt(Channel.PDD, PDD_LIMITS, "2026-09-01T00:00:00+08:00"))
                .hasMessageContaining("is older than PDD serves incremental queries (90 days)");
    }

    @Test
    void overlapIsBetweenNothingAndOneDay() {
        assertThat(rules.overlapSeconds("0")).isZero();
        assertThat(rules.overlapSeconds("86400")).isEqualTo(86_400);
        assertThatThrownBy(() -> rules.overlapSeconds("86401")).hasMessageContaining("outside 0..86400");
        assertThatThrownBy(() -> rules.overlapSeconds("5m")).hasMessageContaining("'5m' is not a whole number");
    }

    @Test
    void pushAlgorithmIsTaobaosOnly() {
        assertThat(rules.callbackSignMethod(Channel.TAOBAO, "HMAC-SHA256")).isEqualTo("hmac-sha256");
        assertThatThrownBy(() -> rules.callbackSignMethod(Channel.TAOBAO, "sha1"))
                .hasMessageContaining("one of md5, hmac, hmac-sha256");
        assertThatThrownBy(() -> rules.callbackSignMethod(Channel.JD, "md5"))
                .hasMessageContaining("JD has no push algorithm to set");
    }

    @Test
    void secretReferenceMustResolveAndTheValueIsNeverShown() {
        assertThat(rules.secretReference(ShopOption.APP_SECRET_REF, "env:OMS_SECRET_SET")).isEqualTo("env:OMS_SECRET_SET");
        assertThatThrownBy(() -> rules.secretReference(ShopOption.APP_SECRET_REF, "env:OMS_SECRET_UNSET"))
                .hasMessage("--app-secret-ref (app_secret_ref): environment variable OMS_SECRET_UNSET is not set");
        assertThatThrownBy(() -> rules.secretReference(ShopOption.APP_SECRET_REF, "env:"))
                .hasMessageContaining("expected a reference like env:");
    }
}
