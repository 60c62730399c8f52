package io.orderhub.common.secret;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretPolicyTest {

    static final String PROPERTY = "oms.holds.api-token";

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void anEmptySecretIsRefusedNamingTheProperty(String value) {
        assertThatThrownBy(() -> SecretPolicy.check(PROPERTY, value))
                .isInstanceOf(WeakSecretException.class)
                .hasMessageStartingWith(PROPERTY + " is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"changeme", "CHANGEME", "secret", "changemechangemechangemechangeme!", "admin", "test-test"})
    void placeholdersAreRefused(String value) {
        assertThatThrownBy(() -> SecretPolicy.check(PROPERTY, value))
                .hasMessageStartingWith(PROPERTY + " is a well-known placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"k9F2m1QpZ7xW4vB8nR3t", "0123456789abcdef0123456789abcde"})
    void aSecretShorterThan32CharactersIsRefusedWithoutEchoingIt(String value) {
        assertThatThrownBy(() -> SecretPolicy.check(PROPERTY, value))
                .hasMessage(PROPERTY + " is shorter than 32 characters")
                .message().doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abababababababababababababababab", "1234567123456712345671234567123456"})
    void aLongButRepetitiveSecretIsRefused(String value) {
        assertThatThrownBy(() -> SecretPolicy.check(PROPERTY, value))
                .hasMessageContaining("low entropy")
                .message().doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f9c2a7e5b1d48c6a0e7f2b9d4c81a6e", "3f9c2a7e5b1d48c6a0e7f2b9d4c81a6e5f03b7c2d9e14a8b"})
    void randomHexOfAtLeast32DigitsIsAccepted(String value) {
        assertThatCode(() -> SecretPolicy.check(PROPERTY, value)).doesNotThrowAnyException();
    }
}
