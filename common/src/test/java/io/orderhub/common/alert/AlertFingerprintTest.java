package io.orderhub.common.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint is stored in {@code alert_state} and shown to operators (as {@code fp 1a2b3c…}): a change to how it
 * is computed would orphan every stored alert. The expected values are fixed vectors computed outside the code,
 * {@code printf 'SyncLag\0channel=TAOBAO\0shop=s1' | sha256sum}, so a change to the production method fails here.
 */
class AlertFingerprintTest {

    private static final Instant AT = Instant.parse("2026-11-11T01:00:00Z");

    @Test
    void fingerprintIsSha256OfNameAndSortedLabelsSeparatedByNul() {
        Alert alert = Alert.firing("SyncLag", Severity.WARNING, Map.of("shop", "s1", "channel", "TAOBAO"), "s", "d",
                List.of(), AT);

        assertThat(alert.fingerprint()).isEqualTo("cf01685be4baeebf7adfb9db4b5e1a2684507d475cd768e69279de720466f64c");
    }

    @Test
    void fingerprintOfAnAlertWithoutLabelsIsSha256OfItsName() {
        Alert alert = Alert.firing("ChannelDown", Severity.CRITICAL, Map.of(), "", "", List.of(), AT);

        assertThat(alert.fingerprint()).isEqualTo("db9c1b791237610c8e87d83f2bf35d1846d9c8f0871c0c57474ff25f945d20c0");
    }

    @Test
    void fingerprintEncodesChineseLabelValuesAsUtf8() {
        Alert alert = Alert.firing("ApiChangeNotice", Severity.WARNING,
                Map.of("feed", "jd-open", "channel", "JD", "item", "签名"), "", "", List.of(), AT);

        assertThat(alert.fingerprint()).isEqualTo("7b560617db2c8e62d619c293b24082f7b2c5d60c180c4b285e6728177b851fbf");
    }

    @Test
    void fingerprintIgnoresSeveritySummaryDetailsLinksAndTimes() {
        Alert one = Alert.firing("SyncLag", Severity.WARNING, Map.of("channel", "TAOBAO", "shop", "s1"), "a", "b",
                List.of(), AT);
        Alert other = Alert.firing("SyncLag", Severity.CRITICAL, Map.of("channel", "TAOBAO", "shop", "s1"), "x", "y",
                List.of(new Alert.Link("l", "https://example.com")), AT.plusSeconds(60)).resolvedAt(AT.plusSeconds(99));

        assertThat(other.fingerprint()).isEqualTo("cf01685be4baeebf7adfb9db4b5e1a2684507d475cd768e69279de720466f64c")
                .isEqualTo(one.fingerprint());
    }
}
