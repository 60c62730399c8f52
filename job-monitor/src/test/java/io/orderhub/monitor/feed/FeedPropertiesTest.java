package io.orderhub.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import io.orderhub.monitor.watch.WatchProperties;
import java.time.Duration;
import java.util.Map;
import io.orderhub.common.secret.SecretResolver;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class FeedPropertiesTest {

    static <T> T bind(Class<T> type, Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("oms.monitor", type);
    }

    static final SecretResolver NO_SECRETS = new SecretResolver(new MockEnvironment());

    @Test
    void feedsInheritTheDefaultsUnlessTheySayOtherwise() {
        FeedProperties properties = bind(FeedProperties.class, Map.of(
                "oms.monitor.feeds[0].name", "jd-open",
                "oms.monitor.feeds[0].url", "https://rsshub.example/jd/open",
                "oms.monitor.feeds[0].channel", "jd",
                "oms.monitor.feeds[1].name", "douyin-doc",
                "oms.monitor.feeds[1].url", "https://op.douyin.example/docs",
                "oms.monitor.feeds[1].kind", "html",
                "oms.monitor.feeds[1].selector", "div.notice",
                "oms.monitor.feeds[1].include[0]", "维护",
                "oms.monitor.feeds[1].max-bytes", "512KB",
                "oms.monitor.feeds[1].blind-after", "30d"));

        FeedProperties.Resolved rss = properties.feeds().get(0).resolve(properties.feedDefaults(), NO_SECRETS);
        FeedProperties.Resolved html = properties.feeds().get(1).resolve(properties.feedDefaults(), NO_SECRETS);

        assertThat(rss.feed().kind()).isEqualTo(FeedKind.RSS);
        assertThat(rss.channelLabel()).isEqualTo("JD");
        assertThat(rss.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(rss.maxBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(rss.blindAfter()).isEqualTo(Duration.ofDays(14));
        assertThat(rss.rules().match("回调地址变更")).containsExactly("回调");
        assertThat(html.feed().kind()).isEqualTo(FeedKind.HTML);
        assertThat(html.maxBytes()).isEqualTo(512L * 1024);
        assertThat(html.blindAfter()).isEqualTo(Duration.ofDays(30));
        assertThat(html.rules().match("回调地址变更")).isEmpty();
        assertThat(html.rules().match("系统维护")).containsExactly("维护");
    }

    @Test
    void htmlFeedWithoutSelectorFailsNamingTheProperty() {
        assertThatThrownBy(() -> bind(FeedProperties.class, Map.of(
                "oms.monitor.feeds[0].name", "page",
                "oms.monitor.feeds[0].url", "https://x.example/",
                "oms.monitor.feeds[0].kind", "html")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("oms.monitor.feeds[page].selector is required for kind html");
    }

    @Test
    void badRegexFailsAtStartUp() {
        assertThatThrownBy(() -> bind(FeedProperties.class, Map.of(
                "oms.monitor.feeds[0].name", "page",
                "oms.monitor.feeds[0].url", "https://x.example/",
                "oms.monitor.feeds[0].regex[0]", "(unclosed")))
                .rootCause().hasMessageContaining("regex '(unclosed' is not a valid pattern");
    }

    @Test
    void invalidCssSelectorFailsAtStartUpNamingTheFeed() {
        assertThatThrownBy(() -> bind(FeedProperties.class, Map.of(
                "oms.monitor.feeds[0].name", "douyin-doc",
                "oms.monitor.feeds[0].url", "https://x.example/",
                "oms.monitor.feeds[0].kind", "html",
                "oms.monitor.feeds[0].selector", "div.notice-list[")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("oms.monitor.feeds[douyin-doc].selector 'div.notice-list['")
                .hasMessageContaining("is not a valid CSS selector");
    }

    @Test
    void envUrlIsResolvedAndShownWithItsKeyMasked() {
        FeedProperties properties = bind(FeedProperties.class, Map.of(
                "oms.monitor.feeds[0].name", "pdd-keyed",
                "oms.monitor.feeds[0].url", "env:PDD_FEED_URL"));
        MockEnvironment environment = new MockEnvironment()
                .withProperty("PDD_FEED_URL", "https://rsshub.example/pdd/notice?key=s3cr3t-k3y&limit=20");

        FeedProperties.Resolved feed = properties.feeds().get(0).resolve(properties.feedDefaults(),
                new SecretResolver(environment));

        assertThat(feed.address().target().queryParameter("key")).isEqualTo("s3cr3t-k3y");
        assertThat(feed.address().shown()).isEqualTo("https://rsshub.example/pdd/notice?key=***&limit=***");
        assertThat(feed.address().redact("unexpected end of stream on https://rsshub.example/pdd/notice?key=s3cr3t-k3y"
                + "&limit=20 (key s3cr3t-k3y)")).doesNotContain("s3cr3t-k3y");
        assertThatThrownBy(() -> properties.feeds().get(0).resolve(properties.feedDefaults(), NO_SECRETS))
                .hasMessageContaining("oms.monitor.feeds[pdd-keyed].url").hasMessageContaining("PDD_FEED_URL");
    }

    @Test
    void badIgnorePatternFailsAtStartUp() {
        assertThatThrownBy(() -> bind(FeedProperties.class, Map.of(
                "oms.monitor.feeds[0].name", "page",
                "oms.monitor.feeds[0].url", "https://x.example/",
                "oms.monitor.feeds[0].ignore[0]", "更新于 (")))
                .rootCause().hasMessageContaining("oms.monitor.feeds[page].ignore '更新于 (' is not a valid pattern");
    }

    @Test
    void feedNamesDifferingOnlyInCaseFailAtStartUp() {
        assertThatThrownBy(() -> bind(FeedProperties.class, Map.of(
                "oms.monitor.feeds[0].name", "jd-open",
                "oms.monitor.feeds[0].url", "https://x.example/a",
                "oms.monitor.feeds[1].name", "JD-Open",
                "oms.monitor.feeds[1].url", "https://x.example/b")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("two feeds are named 'JD-Open'");
    }

    @Test
    void lagLimitsHaveDefaultsAndPerChannelOverrides() {
        WatchProperties properties = bind(WatchProperties.class, Map.of(
                "oms.monitor.lag.channels.PDD.cursor-age", "2h",
                "oms.monitor.failures.look-back", "30m"));

        assertThat(properties.lag().limitsFor("PDD").cursorAge()).isEqualTo(Duration.ofHours(2));
        assertThat(properties.lag().limitsFor("PDD").newestOrderAge()).isEqualTo(Duration.ofHours(6));
        assertThat(properties.lag().limitsFor("JD").cursorAge()).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.lag().channels()).containsOnlyKeys(Channel.PDD);
        assertThat(properties.failures().lookBack()).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.failures().signatureBurstRatio()).isEqualTo(0.9);
    }
}
