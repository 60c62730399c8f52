package io.orderhub.sync.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.secret.MissingSecretException;
import io.orderhub.common.secret.SecretResolver;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class HoldApiTokenTest {

    private final SecretResolver secrets = new SecretResolver(new MockEnvironment()
            .withProperty("GOOD", "a-long-random-token-1234").withProperty("WEAK", "changeme")
            .withProperty("SHORT", "abc123").withProperty("EMPTY", " "));

    @Test
    void withoutTheSettingTheApiIsOff() {
        assertThat(HoldApiToken.resolve("", secrets)).isEmpty();
        assertThat(HoldApiToken.resolve(null, secrets)).isEmpty();
    }

    @Test
    void aDefaultShortEmptyOrPlainTokenIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> HoldApiToken.resolve("env:WEAK", secrets)).hasMessageContaining("oms.holds.api-token")
                .hasMessageNotContaining("changeme");
        assertThatThrownBy(() -> HoldApiToken.resolve("env:SHORT", secrets)).hasMessageContaining("oms.holds.api-token");
        assertThatThrownBy(() -> HoldApiToken.resolve("env:EMPTY", secrets)).isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("oms.holds.api-token");
        assertThatThrownBy(() -> HoldApiToken.resolve("a-long-random-token-1234", secrets))
                .isInstanceOf(MissingSecretException.class);
    }

    @Test
    void onlyTheExactBearerTokenIsAccepted() {
        HoldApiToken token = HoldApiToken.resolve("env:GOOD", secrets).orElseThrow();
        assertThat(token.accepts("Bearer a-long-random-token-1234")).isTrue();
        assertThat(token.accepts("bearer a-long-random-token-1234")).isTrue();
        assertThat(token.accepts("Bearer a-long-random-token-123")).isFalse();
        assertThat(token.accepts("a-long-random-token-1234")).isFalse();
        assertThat(token.accepts(null)).isFalse();
    }
}
