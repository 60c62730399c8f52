package io.orderhub.common.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertPropertiesTest {

    @Test
    void emptyConfigurationHasAlertmanagerDefaultsAndTheChannelDownRule() {
        AlertProperties properties = AlertHarness.properties(Map.of());

        assertThat(properties.receivers()).isEmpty();
        assertThat(properties.groupWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.groupInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.repeatInterval()).isEqualTo(Duration.ofHours(4));
        assertThat(properties.inhibitRules()).containsExactly(AlertProperties.CHANNEL_DOWN_INHIBITS_SYNC_LAG);
    }

    @Test
    void failedSendsWaitThirtySecondsDoublingUpToTenMinutesWithoutJitter() {
        var retry = AlertHarness.properties(Map.of()).sendRetry();

        assertThat(retry.delayBefore(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.delayBefore(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retry.delayBefore(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(retry.delayBefore(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(retry.canRetryAfter(2)).isTrue();
        assertThat(retry.canRetryAfter(3)).isFalse();
    }

    @Test
    void imRobotsGetTheirPlatformRateLimitsUnlessConfigured() {
        AlertProperties properties = AlertHarness.properties(Map.of(
                "default-receiver", "ding",
                "receivers.ding.type", "dingtalk", "receivers.ding.url", "env:DING_URL",
                "receivers.lark.type", "feishu", "receivers.lark.url", "env:LARK_URL",
                "receivers.wx.type", "wecom", "receivers.wx.url", "env:WX_URL", "receivers.wx.rate-per-minute", "10"));

        assertThat(properties.receivers().get("ding").perMinute()).isEqualTo(20);
        assertThat(properties.receivers().get("lark").perMinute()).isEqualTo(100);
        assertThat(properties.receivers().get("lark").perSecond()).isEqualTo(5);
        assertThat(properties.receivers().get("wx").perMinute()).isEqualTo(10);
    }

    @Test
    void misconfigurationNamesTheProperty() {
        assertThatThrownBy(() -> AlertHarness.properties(Map.of(
                "default-receiver", "nobody",
                "receivers.ding.type", "dingtalk",
                "receivers.ding.url", "https://oapi.dingtalk.com/robot/send?access_token=abc",
                "receivers.ding.secret", "SECplain",
                "receivers.ding.fallback", "mail",
                "routes[0].receiver", "ding",
                "routes[0].matchers[0]", "channel=~(")))
                .rootCause()
                .hasMessageContaining("oms.alert.default-receiver: unknown receiver 'nobody'")
                .hasMessageContaining("oms.alert.receivers.ding.url: must be a reference like 'env:NAME'")
                .hasMessageContaining("oms.alert.receivers.ding.secret: must be a reference")
                .hasMessageContaining("oms.alert.receivers.ding.fallback: unknown receiver 'mail'")
                .hasMessageContaining("oms.alert.routes[0].matchers: 'channel=~(': bad regex")
                .hasMessageNotContaining("access_token=abc")
                .hasMessageNotContaining("SECplain");
    }
}
