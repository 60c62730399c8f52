package io.orderhub.sandbox.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MessageTargetTest {

    @Test
    void taobaoPushIsTriedSevenTimesWithTheDocumentedDelays() {
        assertThat(MessageTarget.TAOBAO.maxAttempts()).isEqualTo(7);
        assertThat(MessageTarget.TAOBAO.retryDelays()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1));
    }

    @Test
    void alipayRetriesOverAboutTwentyFiveHours() {
        assertThat(MessageTarget.ALIPAY.retryDelays()).startsWith(Duration.ofMinutes(4), Duration.ofMinutes(10))
                .endsWith(Duration.ofHours(15));
        Duration total = MessageTarget.ALIPAY.retryDelays().stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isBetween(Duration.ofHours(24), Duration.ofHours(26));
    }

    @Test
    void wechatPayRetriesStartAtFifteenSeconds() {
        assertThat(MessageTarget.WECHATPAY.retryDelays()).startsWith(Duration.ofSeconds(15), Duration.ofSeconds(15),
                Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(20),
                Duration.ofMinutes(30));
    }
}
