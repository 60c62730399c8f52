package io.orderhub.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyndicationParserTest {

    static final URI FEED_URL = URI.create("https://rsshub.example.com/jd/open/announcements");

    final SyndicationParser parser = new SyndicationParser();

    static byte[] sample(String name) throws IOException {
        try (InputStream in = SyndicationParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsRss091WhereItemsHaveOnlyALink() throws Exception {
        List<FeedItem> items = parser.parse(sample("rss091.xml"), "application/rss+xml", FEED_URL);

        assertThat(items).extracting(FeedItem::title)
                .containsExactly("关于订单接口签名算法升级为HMAC-SHA256的通知", "双十一大促活动报名");
        assertThat(items.get(0).link()).isEqualTo("https://open.jd.example/announcements/1001");
        assertThat(items.get(0).text()).contains("签名方式调整");
        assertThat(items.get(0).key()).isNotEqualTo(items.get(1).key());
    }

    @Test
    void readsRss10Rdf() throws Exception {
        List<FeedItem> items = parser.parse(sample("rss10.rdf"), "application/rdf+xml", FEED_URL);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("order.orderList deprecated, use order.searchList");
            assertThat(item.identity()).isEqualTo("id:https://douyin.example/docs/changes/77");
            assertThat(item.published()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
        });
    }

    @Test
    void readsRss20WithGuidAndEscapedHtmlDescription() throws Exception {
        List<FeedItem> items = parser.parse(sample("rss20.xml"), "application/rss+xml; charset=utf-8", FEED_URL);

        assertThat(items).hasSize(2);
        assertThat(items.get(0).identity()).isEqualTo("id:top-notice-5");
        assertThat(items.get(0).text()).isEqualTo("Callbacks will be retried 3 times.");
        assertThat(items.get(0).published()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
    }

    @Test
    void readsAtom() throws Exception {
        List<FeedItem> items = parser.parse(sample("atom.xml"), "application/atom+xml", FEED_URL);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.identity()).isEqualTo("id:urn:pdd:changes:9");
            assertThat(item.link()).isEqualTo("https://open.pdd.example/changes/9");
            assertThat(item.text()).contains("Rate limit changes");
            assertThat(item.published()).isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
        });
    }

    @Test
    void gbkDeclaredFeedIsDecodedEvenWhenTheServerClaimsAnotherCharset() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="GBK"?>
                <rss version="2.0"><channel><title>京东开放平台</title><link>https://jd.example/</link>
                <description>公告</description>
                <item><title>回调接口签名升级</title><guid>n-1</guid><description>请尽快升级</description></item>
                </channel></rss>
                """;
        byte[] gbk = xml.getBytes(Charset.forName("GBK"));

        List<FeedItem> declaredOnly = parser.parse(gbk, "text/xml", FEED_URL);
        List<FeedItem> wrongHeader = parser.parse(gbk, "text/xml; charset=ISO-8859-1", FEED_URL);

        assertThat(declaredOnly).extracting(FeedItem::title).containsExactly("回调接口签名升级");
        assertThat(wrongHeader).extracting(FeedItem::title).containsExactly("回调接口签名升级");
    }

    @Test
    void headerCharsetIsUsedWhenTheDocumentDeclaresNone() throws Exception {
        byte[] gbk = ("<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d"
                + "</description><item><title>限流调整</title><guid>g</guid></item></channel></rss>")
                .getBytes(Charset.forName("GBK"));

        assertThat(parser.parse(gbk, "application/xml; charset=GBK", FEED_URL)).extracting(FeedItem::title)
                .containsExactly("限流调整");
    }

    @Test
    void externalEntityPayloadIsRefusedAndTheFileIsNotRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String payload = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
                <item><title>&xxe;</title><guid>g</guid><description>signature</description></item></channel></rss>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> parser.parse(payload.getBytes(StandardCharsets.UTF_8), "application/xml", FEED_URL))
                .isInstanceOf(FeedFailure.class)
                .satisfies(e -> {
                    assertThat(((FeedFailure) e).reason()).isEqualTo("BAD_XML");
                    assertThat(e.getMessage()).doesNotContain("TOP-SECRET-CONTENT");
                });
    }

    @Test
    void entityExpansionBombIsRefused() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <rss version="2.0"><channel><title>&lol3;</title><link>https://x.example/</link><description>d
                </description></channel></rss>
                """;
        assertThatThrownBy(() -> parser.parse(bomb.getBytes(StandardCharsets.UTF_8), null, FEED_URL))
                .isInstanceOf(FeedFailure.class);
    }

    @Test
    void notXmlIsABadXmlFailure() {
        assertThatThrownBy(() -> parser.parse("<html><body>502 Bad Gateway".getBytes(StandardCharsets.UTF_8),
                "text/html", FEED_URL)).isInstanceOf(FeedFailure.class)
                .extracting(e -> ((FeedFailure) e).reason()).isEqualTo("BAD_XML");
    }
    static String atomEntry(String content) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id>
                <updated>2026-11-21T08:00:00Z</updated>
                <entry><title>签名升级</title><id>urn:e1</id><updated>2026-11-21T08:00:00Z</updated>
                %s</entry></feed>
                """.formatted(content);
    }

    @Test
    void xhtmlContentNested3000DeepIsRefusedAsTooDeepInsteadOfOverflowingTheStack() {
        String nested = "<div>".repeat(3000) + "x" + "</div>".repeat(3000);
        String atom = atomEntry("<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">" + nested
                + "</div></content>");

        assertThatThrownBy(() -> parser.parse(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml",
                FEED_URL)).isInstanceOf(FeedFailure.class)
                .satisfies(e -> {
                    assertThat(((FeedFailure) e).reason()).isEqualTo("TOO_DEEP");
                    assertThat(e.getMessage()).isEqualTo("at line 5: elements nested deeper than 100");
                });
    }

    @Test
    void xhtmlContentOfOrdinaryDepthIsRead() throws Exception {
        String nested = "<div>".repeat(20) + "回调地址变更" + "</div>".repeat(20);
        String atom = atomEntry("<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">" + nested
                + "</div></content>");

        assertThat(parser.parse(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml", FEED_URL))
                .singleElement().extracting(FeedItem::text).asString().contains("回调地址变更");
    }

    @Test
    void malformedFeedNamesTheLineAndTheReason() {
        String broken = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>t</titel>\n</channel></rss>";

        assertThatThrownBy(() -> parser.parse(broken.getBytes(StandardCharsets.UTF_8), "application/xml", FEED_URL))
                .isInstanceOf(FeedFailure.class)
                .satisfies(e -> assertThat(((FeedFailure) e).describe()).startsWith("BAD_XML: at line 3: ")
                        .contains("must be terminated by the matching end-tag \"</title>\""));
    }

    @Test
    void relativeLinksAreResolvedAgainstXmlBase() throws Exception {
        String atom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://open.pdd.example/docs/">
                <title>t</title><id>urn:t</id><updated>2026-11-21T08:00:00Z</updated>
                <entry><title>签名升级</title><id>urn:e1</id><updated>2026-11-21T08:00:00Z</updated>
                <link rel="alternate" href="changes/9"/></entry></feed>
                """;

        assertThat(parser.parse(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml", FEED_URL))
                .singleElement().extracting(FeedItem::link).isEqualTo("https://open.pdd.example/docs/changes/9");
    }

    @Test
    void entryXmlBaseIsResolvedInsideTheFeedsXmlBase() throws Exception {
        String atom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://open.pdd.example/docs/">
                <title>t</title><id>urn:t</id><updated>2026-11-21T08:00:00Z</updated>
                <entry xml:base="v2/"><title>签名升级</title><id>urn:e1</id><updated>2026-11-21T08:00:00Z</updated>
                <link rel="alternate" href="changes/9"/></entry></feed>
                """;

        assertThat(parser.parse(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml", FEED_URL))
                .singleElement().extracting(FeedItem::link).isEqualTo("https://open.pdd.example/docs/v2/changes/9");
    }

    @Test
    void relativeLinksWithoutXmlBaseAreResolvedAgainstTheFeedUrl() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
                <item><title>签名</title><guid>g1</guid><link>/jd/open/n/1</link></item></channel></rss>
                """;

        assertThat(parser.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml", FEED_URL))
                .singleElement().extracting(FeedItem::link).isEqualTo("https://rsshub.example.com/jd/open/n/1");
    }

    @Test
    void linksOtherThanHttpOrHttpsAreDropped() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
                <item><title>签名</title><guid>g1</guid><link>javascript:alert(document.cookie)</link></item>
                <item><title>回调</title><guid>g2</guid><link>data:text/html,&lt;script&gt;</link></item>
                <item><title>升级</title><guid>g3</guid><link>JavaScript:alert(1)</link></item>
                </channel></rss>
                """;

        assertThat(parser.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml", FEED_URL))
                .extracting(FeedItem::link).containsExactly(null, null, null);
    }
}
