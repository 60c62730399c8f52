package io.orderhub.common.executor;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTokenPolicyTest {

    @Test
    void emptyTokenIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> AccessTokenPolicy.check(" "))
                .isInstanceOf(InsecureExecutorException.class)
                .hasMessageStartingWith("oms.xxl.access-token is empty");
        assertThatThrownBy(() -> AccessTokenPolicy.check(null)).hasMessageContaining("oms.xxl.access-token");
    }

    @Test
    void xxlJobsPublishedDefaultIsRefused() {
        assertThatThrownBy(() -> AccessTokenPolicy.check("default_token"))
                .hasMessageContaining("well-known default");
    }

    @Test
    void shortTokenIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> AccessTokenPolicy.check("s3cret-short"))
                .hasMessageContaining("shorter than 16")
                .message().doesNotContain("s3cret-short");
    }

    @Test
    void longRandomTokenIsAccepted() {
        assertThatCode(() -> AccessTokenPolicy.check("k9F2m1QpZ7xW4vB8nR3t")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaaaa", "abababababababab", "abcabcabcabcabca", "1234123412341234",
            "abcdeaaaaaaaaaaa", "1111111111111111111111"})
    void longButLowEntropyTokenIsRefusedWithoutEchoingIt(String token) {
        assertThatThrownBy(() -> AccessTokenPolicy.check(token))
                .isInstanceOf(InsecureExecutorException.class)
                .hasMessageContaining("oms.xxl.access-token repeats too few characters")
                .message().doesNotContain(token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-random-token-of-at-least-16-chars", "9b1c9e07a3b19c55", "bench-token-0123456789abcdef"})
    void documentedAndRandomHexTokensAreAccepted(String token) {
        assertThatCode(() -> AccessTokenPolicy.check(token)).doesNotThrowAnyException();
    }
}
