package io.orderhub.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.job.InvalidJobParameterException;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.Shard;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.monitor.JobMonitorApplication;
import io.orderhub.monitor.watch.FiringAlerts;
import io.orderhub.monitor.watch.RecordingAlertSink;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.unit.DataSize;

/** apiChangeWatch end to end: MockWebServer feeds, state on MariaDB, alerts recorded. */
@SpringBootTest(classes = JobMonitorApplication.class)
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class ApiChangeWatchIT {

    static final Instant NOON = Instant.parse("2026-11-25T04:00:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Autowired
    JdbcTemplate jdbc;

    final MutableClock clock = new MutableClock(NOON, ZoneId.of("Asia/Shanghai"));
    final RecordingAlertSink sink = new RecordingAlertSink();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void cleanState() {
        jdbc.update("DELETE FROM feed_state");
        jdbc.update("DELETE FROM feed_seen_item");
        jdbc.update("DELETE FROM watch_alert");
    }

    ApiChangeWatch watch(FeedProperties.Feed... feeds) {
        FeedProperties properties = new FeedProperties(List.of(feeds), new FeedProperties.Defaults(
                Duration.ofSeconds(1), DataSize.ofKilobytes(64), Duration.ofDays(14), 3, Duration.ofDays(3), null,
                null, "test-agent"));
        return new ApiChangeWatch(properties, new SecretResolver(new MockEnvironment()),
                new FeedFetcher(new HttpClientFactory(), "test-agent"), new FeedStates(jdbc),
                new FiringAlerts(jdbc, sink, clock), clock);
    }

    FeedProperties.Feed rssFeed(String name, String channel) {
        return new FeedProperties.Feed(name, server.url("/" + name).toString(), FeedKind.RSS, null,
                channel, null, null, null, null, false, null, null, null);
    }

    String run(ApiChangeWatch watch, String... feeds) {
        return watch.run(new ApiChangeRequest(List.of(feeds)), new JobContext(Shard.SOLE,
                (pattern, args) -> log.add(MessageFormatter.arrayFormat(pattern, args).getMessage())));
    }

    static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://open.jd.example/</link><description>d</description>" + String.join("", items)
                + "</channel></rss>";
    }

    static String item(String guid, String title) {
        return "<item><title>" + title + "</title><link>https://open.jd.example/n/" + guid + "</link><guid>" + guid
                + "</guid><pubDate>Tue, 24 Nov 2026 02:00:00 GMT</pubDate></item>";
    }

    static MockResponse ok(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml").body(body).build();
    }

    @Test
    void matchingItemAlertsOnceEvenWhenRepeatedOrItsGuidIsDuplicated() {
        ApiChangeWatch watch = watch(rssFeed("jd-open", "JD"));
        String feed = rss(item("n1", "订单接口签名算法升级"), item("n1", "订单接口签名算法升级 (repost)"),
                item("n2", "双十一活动报名"));
        server.enqueue(ok(feed));
        server.enqueue(ok(feed));

        String first = run(watch);
        String second = run(watch);

        List<Alert> notices = sink.firing("ApiChangeNotice");
        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.labels()).containsEntry("feed", "jd-open").containsEntry("channel", "JD")
                    .containsKey("item");
            assertThat(notice.summary()).isEqualTo("[JD] jd-open: 订单接口签名算法升级 — matched 签名, 升级");
            assertThat(notice.details()).contains("published: 2026-11-24T02:00:00Z").contains("matched: 签名, 升级");
            assertThat(notice.links()).extracting(Alert.Link::url).containsExactly("https://open.jd.example/n/n1");
        });
        assertThat(first).contains("new=2 matched=1");
        assertThat(second).contains("new=0 matched=0");
        assertThat(log).contains("feed jd-open: status=200 items=3 new=2 matched=1",
                "feed jd-open: status=200 items=3 new=0 matched=0");
    }

    @Test
    void storedEtagIsSentBackAnd304CountsAsAWorkingPoll() throws Exception {
        ApiChangeWatch watch = watch(rssFeed("jd-open", "JD"));
        server.enqueue(new MockResponse.Builder().addHeader("ETag", "\"v7\"")
                .addHeader("Last-Modified", "Tue, 24 Nov 2026 02:00:00 GMT").body(rss(item("n1", "限流调整"))).build());
        server.enqueue(new MockResponse.Builder().code(304).build());

        run(watch);
        run(watch);

        server.takeRequest();
        RecordedRequest conditional = server.takeRequest();
        assertThat(conditional.getHeaders().get("If-None-Match")).isEqualTo("\"v7\"");
        assertThat(conditional.getHeaders().get("If-Modified-Since")).isEqualTo("Tue, 24 Nov 2026 02:00:00 GMT");
        assertThat(log).contains("feed jd-open: status=304 items=0 new=0 matched=0");
        assertThat(sink.named("FeedWatchBlind")).isEmpty();
        assertThat(sink.firing("ApiChangeNotice")).hasSize(1);
    }

    @Test
    void failingFeedGoesBlindAfterThreeFailuresAndIsResolvedWhenItWorksAgain() {
        ApiChangeWatch watch = watch(rssFeed("flaky", null));
        server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
        server.enqueue(ok("<html>not a feed"));
        server.enqueue(new MockResponse.Builder().body(rss()).headersDelay(3, TimeUnit.SECONDS).build());
        server.enqueue(ok(rss(item("x1", "nothing to see"))));

        run(watch);
        run(watch);
        assertThat(sink.named("FeedWatchBlind")).isEmpty();
        run(watch);
        assertThat(sink.firing("FeedWatchBlind")).singleElement().satisfies(blind -> {
            assertThat(blind.labels()).containsExactly(java.util.Map.entry("feed", "flaky"));
            assertThat(blind.summary()).startsWith("feed flaky: 3 failed polls in a row").contains("TIMEOUT");
        });
        assertThat(log).anyMatch(line -> line.startsWith("feed flaky: status=error HTTP_STATUS"))
                .anyMatch(line -> line.startsWith("feed flaky: status=error BAD_XML"))
                .anyMatch(line -> line.startsWith("feed flaky: status=error TIMEOUT") && line.endsWith("BLIND"));

        run(watch);

        assertThat(sink.resolved("FeedWatchBlind")).singleElement()
                .satisfies(resolved -> assertThat(resolved.labels()).containsEntry("feed", "flaky"));
    }

    @Test
    void feedThatPublishesNothingNewForItsBlindAfterTimeIsBlind() {
        ApiChangeWatch watch = watch(rssFeed("quiet", "PDD"));
        server.enqueue(ok(rss(item("q1", "old news"))));
        server.enqueue(new MockResponse.Builder().code(304).build());
        server.enqueue(ok(rss(item("q1", "old news"), item("q2", "new API version"))));

        run(watch);
        clock.advance(Duration.ofDays(15));
        run(watch);
        assertThat(sink.firing("FeedWatchBlind")).singleElement()
                .satisfies(blind -> assertThat(blind.summary()).isEqualTo("feed quiet: nothing new for 15d (limit 14d)"));

        clock.advance(Duration.ofHours(1));
        run(watch);
        assertThat(sink.resolved("FeedWatchBlind")).hasSize(1);
    }

    @Test
    void htmlPageAlertsOnChangedLinesAfterTheBaseline() {
        FeedProperties.Feed page = new FeedProperties.Feed("douyin-doc", server.url("/doc").toString(),
                FeedKind.HTML, "div.notices", "DOUYIN", null, List.of("维护"), List.of("(?i)api\\s+v\\d"), null, false,
                null, null, null);
        ApiChangeWatch watch = watch(page);
        String before = "<html><body><div class=\"notices\"><p>2026-11-01 物流接口升级</p></div><p>footer 签名</p></body></html>";
        String after = "<html><body><div class=\"notices\"><p>2026-11-26 回调签名规则调整</p><p>2026-11-26 签名服务维护</p>"
                + "<p>2026-11-27 Order API V3 released</p><p>2026-11-01 物流接口升级</p></div><p>footer 签名 changed</p>"
                + "</body></html>";
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8").body(before).build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8").body(after).build());

        run(watch);
        assertThat(sink.named("ApiChangeNotice")).isEmpty();
        assertThat(log).contains("feed douyin-doc: status=200 items=0 new=0 matched=0");

        run(watch);
        // "签名服务维护" is vetoed by the feed's exclude word; the footer is outside the selector.
        assertThat(sink.firing("ApiChangeNotice")).extracting(Alert::summary).containsExactlyInAnyOrder(
                "[DOUYIN] douyin-doc: 2026-11-26 回调签名规则调整 — matched 签名, 回调",
                "[DOUYIN] douyin-doc: 2026-11-27 Order API V3 released — matched /(?i)api\\s+v\\d/");
        assertThat(log).contains("feed douyin-doc: status=200 items=3 new=3 matched=2");
    }

    @Test
    void volatileLinesMatchingAnIgnorePatternAreNotNews() {
        FeedProperties.Feed page = new FeedProperties.Feed("douyin-doc", server.url("/doc").toString(),
                FeedKind.HTML, "div.notices", "DOUYIN", List.of("签名", "更新"), null, null, List.of("^更新于 \\d+ ?分钟前$"),
                false, null, null, null);
        ApiChangeWatch watch = watch(page);
        String before = "<html><body><div class=\"notices\"><p>更新于 1 分钟前</p><p>物流接口升级</p></div></body></html>";
        String after = "<html><body><div class=\"notices\"><p>更新于 7 分钟前</p><p>回调签名规则调整</p><p>物流接口升级</p>"
                + "</div></body></html>";
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8").body(before).build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8").body(after).build());

        run(watch);
        run(watch);

        assertThat(sink.firing("ApiChangeNotice")).extracting(Alert::summary)
                .containsExactly("[DOUYIN] douyin-doc: 回调签名规则调整 — matched 签名");
        assertThat(log).contains("feed douyin-doc: status=200 items=1 new=1 matched=1");
    }

    @Test
    void keyInAFeedUrlNeverReachesTheLogOrTheBlindAlert() {
        FeedProperties.Feed keyed = new FeedProperties.Feed("keyed", server.url("/keyed?key=s3cr3t-k3y").toString(),
                FeedKind.RSS, null, null, null, null, null, null, false, null, null, null);
        ApiChangeWatch watch = watch(keyed);
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(500).body("key s3cr3t-k3y rejected").build());
        }

        run(watch);
        run(watch);
        run(watch);

        assertThat(sink.firing("FeedWatchBlind")).singleElement().satisfies(blind -> {
            assertThat(blind.summary() + blind.details() + blind.links()).doesNotContain("s3cr3t-k3y")
                    .contains("key=***");
            assertThat(blind.summary()).containsPattern("since \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} GMT\\+8");
        });
        assertThat(log).isNotEmpty().noneMatch(line -> line.contains("s3cr3t-k3y"));
    }

    @Test
    void externalEntityInAFeedIsRefusedAndNothingIsFetchedForIt() throws Exception {
        ApiChangeWatch watch = watch(rssFeed("evil", null));
        String payload = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM \""
                + server.url("/evil.dtd") + "\"> %remote; <!ENTITY xxe SYSTEM \"" + server.url("/secret")
                + "\">]><rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link>"
                + "<description>d</description><item><title>&xxe; signature</title><guid>e1</guid></item></channel></rss>";
        server.enqueue(ok(payload));
        server.enqueue(ok("<!ENTITY leaked \"oops\">"));
        server.enqueue(ok("secret"));

        run(watch);

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/evil");
        assertThat(sink.named("ApiChangeNotice")).isEmpty();
        assertThat(log).anyMatch(line -> line.startsWith("feed evil: status=error BAD_XML"));
    }

    @Test
    void feedNestedThousandsDeepFailsAloneAndTheFeedsAfterItArePolled() {
        ApiChangeWatch watch = watch(rssFeed("hostile", null), rssFeed("jd-open", "JD"));
        String nested = "<div>".repeat(3000) + "签名" + "</div>".repeat(3000);
        String hostile = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>t</title><id>urn:t</id><updated>2026-11-21T08:00:00Z</updated><entry><title>签名</title>"
                + "<id>urn:e</id><updated>2026-11-21T08:00:00Z</updated><content type=\"xhtml\">"
                + "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + nested + "</div></content></entry></feed>";
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/atom+xml").body(hostile)
                    .build());
            server.enqueue(ok(rss(item("n1", "订单接口签名算法升级"))));
        }

        String first = run(watch);
        run(watch);
        run(watch);

        assertThat(first).startsWith("feeds=2 failed=1 new=1 matched=1");
        assertThat(log).contains("feed hostile: status=error TOO_DEEP: at line 1: elements nested deeper than 100 items=0 new=0 matched=0",
                "feed jd-open: status=200 items=1 new=1 matched=1");
        assertThat(sink.firing("ApiChangeNotice")).singleElement()
                .satisfies(notice -> assertThat(notice.labels()).containsEntry("feed", "jd-open"));
        assertThat(sink.firing("FeedWatchBlind")).singleElement()
                .satisfies(blind -> assertThat(blind.labels()).containsEntry("feed", "hostile"));
    }

    @Test
    void noticeForAnItemWithAJavascriptLinkLinksToTheFeedInstead() {
        ApiChangeWatch watch = watch(rssFeed("jd-open", "JD"));
        server.enqueue(ok(rss("<item><title>回调签名升级</title><guid>j1</guid>"
                + "<link>javascript:alert(document.cookie)</link></item>")));

        run(watch);

        assertThat(sink.firing("ApiChangeNotice")).singleElement().satisfies(notice -> {
            assertThat(notice.links()).extracting(Alert.Link::url).containsExactly(server.url("/jd-open").toString());
            assertThat(notice.details()).doesNotContain("javascript:");
        });
    }

    @Test
    void parameterNarrowsThePollToTheNamedFeeds() {
        ApiChangeWatch watch = watch(rssFeed("a", null), rssFeed("b", null));
        server.enqueue(ok(rss()));

        String summary = run(watch, "b");

        assertThat(summary).startsWith("feeds=1 ");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThatThrownBy(() -> run(watch, "c")).isInstanceOf(InvalidJobParameterException.class)
                .hasMessageContaining("no feed named 'c'");
    }

    @Test
    void noticeIsResolvedAfterItsHoldTime() {
        ApiChangeWatch watch = watch(rssFeed("jd-open", "JD"));
        server.enqueue(ok(rss(item("n1", "callback URL must be HTTPS"))));
        server.enqueue(new MockResponse.Builder().code(304).build());

        run(watch);
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        run(watch);

        assertThat(sink.resolved("ApiChangeNotice")).singleElement()
                .satisfies(n -> assertThat(n.summary()).contains("callback URL must be HTTPS"));
    }
}
