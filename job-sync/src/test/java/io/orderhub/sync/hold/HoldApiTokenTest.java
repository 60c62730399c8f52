package io.orderhub.sync.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.secret.MissingSecretException;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.common.secret.WeakSecretException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class HoldApiTokenTest {

    private final SecretResolver secrets = new SecretResolver(new MockEnvironment()
            .withProperty("GOOD", "9d41c7e0b26f5a83e1c4d7b09a6f2e58").withProperty("WEAK", "changeme")
            .withProperty("SHORT", "k9F2m1QpZ7xW4vB8nR3t").withProperty("EMPTY", " "));

    @Test
    void withoutTheSettingTheApiIsOff() {
        assertThat(HoldApiToken.resolve("", secrets)).isEmpty();
        assertThat(HoldApiToken.resolve(null, secrets)).isEmpty();
    }

    @Test
    void aDefaultShortEmptyOrPlainTokenIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> HoldApiToken.resolve("env:WEAK", secrets)).hasMessageContaining("oms.holds.api-token")
                .hasMessageNotContaining("changeme");
        assertThatThrownBy(() -> HoldApiToken.resolve("env:SHORT", secrets)).isInstanceOf(WeakSecretException.class)
                .hasMessage("oms.holds.api-token is shorter than 32 characters");
        assertThatThrownBy(() -> HoldApiToken.resolve("env:EMPTY", secrets)).isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("oms.holds.api-token");
        assertThatThrownBy(() -> HoldApiToken.resolve("9d41c7e0b26f5a83e1c4d7b09a6f2e58", secrets))
                .isInstanceOf(MissingSecretException.class);
    }

    @Test
    void onlyTheExactBearerTokenIsAccepted() {
        HoldApiToken token = HoldApiToken.resolve("env:GOOD", secrets).orElseThrow();
        assertThat(token.accepts("Bearer 9d41c7e0b26f5a83e1c4d7b09a6f2e58")).isTrue();
        assertThat(token.accepts("bearer 9d41c7e0b26f5a83e1c4d7b09a6f2e58")).isTrue();
        assertThat(token.accepts("Bearer 9d41c7e0b26f5a83e1c4d7b09a6f2e5")).isFalse();
        assertThat(token.accepts("9d41c7e0b26f5a83e1c4d7b09a6f2e58")).isFalse();
        assertThat(token.accepts(null)).isFalse();
    }
}
