package io.orderhub.common.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationTextTest {

    private static final Instant T = Instant.parse("2026-11-11T02:00:00Z");

    private static Notification of(List<Alert> alerts) {
        return new Notification("ops", "k", null, alerts, 1, false);
    }

    @Test
    void markdownInAlertTextCannotInjectLinksOrMarkup() {
        Alert alert = Alert.firing("SyncLag", Severity.WARNING, Map.of("shop", "a_b"),
                "[click](http://evil.example) **now** <at>", "", List.of(), T);

        String markdown = new NotificationText(of(List.of(alert))).markdown(10_000);

        assertThat(markdown).contains("\\[click\\](http://evil.example) \\*\\*now\\*\\* &lt;at\\>")
                .contains("{shop=a\\_b}")
                .doesNotContain("[click](");
    }

    @Test
    void htmlEscapesEveryAlertField() {
        Alert alert = Alert.firing("X<y>", Severity.INFO, Map.of("k", "\"v\""), "a & b", "", List.of(), T);

        String html = new NotificationText(of(List.of(alert))).html();

        assertThat(html).contains("X&lt;y&gt;").contains("{k=&quot;v&quot;}").contains("a &amp; b");
    }

    @Test
    void markdownOverThePlatformLimitCarriesTheAlertsThatFitAndCountsTheRestForTheNextMessage() {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            alerts.add(Alert.firing("SyncLag", Severity.WARNING, Map.of("shop", "shop-" + i), "behind", "", List.of(), T));
        }
        NotificationText text = new NotificationText(of(alerts));

        String markdown = text.markdown(4000);

        int capacity = text.markdownCapacity(4000);
        assertThat(capacity).isBetween(1, 99);
        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4000);
        assertThat(markdown).contains("{shop=shop-" + (capacity - 1) + "}").doesNotContain("{shop=shop-" + capacity + "}")
                .contains("… and " + (100 - capacity) + " more alerts in the next message");
    }

    @Test
    void longDescriptionIsCutButTheAlertKeepsItsHeadingTimeAndLink() {
        Alert alert = Alert.firing("ApiChangeNotice", Severity.WARNING, Map.of("feed", "jd-open"),
                "[JD] 订单接口签名升级", "正文".repeat(5000), List.of(new Alert.Link("公告", "https://open.jd.example/n/1")), T);
        NotificationText text = new NotificationText(of(List.of(alert)));

        String markdown = text.markdown(4000);

        assertThat(text.markdownCapacity(4000)).isEqualTo(1);
        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4000);
        assertThat(markdown).startsWith("### \\[FIRING:1\\] ApiChangeNotice")
                .contains("- **FIRING WARNING** ApiChangeNotice {feed=jd-open}\n  \\[JD\\] 订单接口签名升级\n  正文正文")
                .contains("…\n  since ")
                .endsWith("[公告](https://open.jd.example/n/1)\n")
                .doesNotContain("more alerts");
    }

    @Test
    void oneLongDescriptionDoesNotCrowdOutTheShortOnes() {
        Alert longOne = Alert.firing("SyncLag", Severity.WARNING, Map.of("shop", "1"), "long", "x".repeat(20_000),
                List.of(), T);
        Alert shortOne = Alert.firing("SyncLag", Severity.WARNING, Map.of("shop", "2"), "short",
                "cursor at 2026-11-11 09:35", List.of(), T);

        String markdown = new NotificationText(of(List.of(longOne, shortOne))).markdown(4000);

        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isBetween(3900, 4000);
        assertThat(markdown).contains("  short\n  cursor at 2026-11-11 09:35\n").contains("xxx…\n");
    }

    @Test
    void timesInMessagesCarryTheirZone() {
        Alert alert = Alert.firing("SyncLag", Severity.WARNING, Map.of("shop", "1"), "behind", "", List.of(), T)
                .resolvedAt(T.plusSeconds(90));
        NotificationText text = new NotificationText(of(List.of(alert)));

        assertThat(text.markdown(4000)).contains("since 2026-11-11 10:00:00 GMT+8, resolved 2026-11-11 10:01:30 GMT+8");
        assertThat(text.plainText()).contains("since 2026-11-11 10:00:00 GMT+8");
        assertThat(text.html()).contains("since 2026-11-11 10:00:00 GMT+8");
    }

    @Test
    void titleLeavesOutEmptyLabelsAndNamesTheOneAlertsSubject() {
        Alert notice = Alert.firing("ApiChangeNotice", Severity.WARNING,
                Map.of("feed", "jd-open", "channel", "JD", "item", "0123456789abcdef"),
                "[JD] 订单接口签名算法升级 — matched 签名", "", List.of(), T);
        java.util.TreeMap<String, String> groupLabels = new java.util.TreeMap<>(
                Map.of("alertname", "ApiChangeNotice", "shop", "", "feed", "jd-open"));

        String title = new NotificationText(new Notification("ops", "k", groupLabels, List.of(notice), 1, false)).title();

        assertThat(title).isEqualTo(
                "[FIRING:1] ApiChangeNotice {alertname=ApiChangeNotice, feed=jd-open}: [JD] 订单接口签名算法升级 — matched 签名");
    }

    @Test
    void titleWithOnlyEmptyGroupLabelsHasNoBraces() {
        Alert down = Alert.firing("ChannelDown", Severity.CRITICAL, Map.of(), "", "", List.of(), T);

        assertThat(new NotificationText(new Notification("ops", "k", new java.util.TreeMap<>(Map.of("channel", "")),
                List.of(down), 1, false)).title()).isEqualTo("[FIRING:1] ChannelDown");
    }

    @Test
    void messageDivertedToTheFallbackNamesTheReceiverItWasMeantFor() {
        Alert down = Alert.firing("ChannelDown", Severity.CRITICAL, Map.of(), "", "", List.of(), T);

        assertThat(new NotificationText(new Notification("ops-mail", "k", null, List.of(down), 1, false, "ops-ding"))
                .title()).isEqualTo("[FIRING:1] ChannelDown (for ops-ding, which is failing)");
    }

    @Test
    void titleCountsFiringAlertsAndSaysWhenGroupsWereMerged() {
        Alert firing = Alert.firing("SyncLag", Severity.WARNING, Map.of("shop", "1"), "", "", List.of(), T);
        Alert resolved = Alert.firing("ChannelDown", Severity.CRITICAL, Map.of(), "", "", List.of(), T).resolvedAt(T);

        assertThat(new NotificationText(new Notification("ops", "k", null, List.of(firing, resolved), 3, false)).title())
                .isEqualTo("[FIRING:1] 2 alerts of 3 groups (merged: rate limit)");
        assertThat(new NotificationText(of(List.of(resolved))).title()).isEqualTo("[RESOLVED] ChannelDown");
    }
}
