package io.orderhub.common.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExecutorRegistrationTest {

    @Test
    void repeatedRefusalsAreLoggedWithBackOff() {
        assertThat(IntStream.rangeClosed(1, 300).filter(ExecutorRegistration::warns).boxed().toList())
                .containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 192, 256);
    }

    @Test
    void adminUrlInTheHealthDetailsCarriesNoCredentials() {
        assertThat(ExecutorRegistration.withoutUserInfo("http://ops:s3cret@admin.example:8080/xxl-job-admin"))
                .isEqualTo("http://admin.example:8080/xxl-job-admin");
        assertThat(ExecutorRegistration.withoutUserInfo("http://admin.example:8080/xxl-job-admin"))
                .isEqualTo("http://admin.example:8080/xxl-job-admin");
    }
}
