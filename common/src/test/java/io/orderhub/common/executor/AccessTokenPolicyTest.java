package io.orderhub.common.executor;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
}
