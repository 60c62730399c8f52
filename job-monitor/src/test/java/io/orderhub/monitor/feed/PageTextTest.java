package io.orderhub.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTextTest {

    final PageText pages = new PageText();

    static final String PAGE = """
            <html><head><title>公告</title></head><body>
            <nav>首页 | 文档</nav>
            <div class="notices">
              <h2>平台公告</h2>
              <ul><li>2026-11-01 订单接口维护</li><li>2026-11-05 物流接口升级</li></ul>
              <p>更多请见<a href="/more">这里</a>。</p>
            </div>
            <footer>© platform</footer>
            </body></html>
            """;

    @Test
    void takesOneLinePerBlockOfTheSelectedPartOnly() throws Exception {
        List<String> lines = pages.lines(PAGE.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                "div.notices", "https://x.example/");

        assertThat(lines).containsExactly("平台公告", "2026-11-01 订单接口维护", "2026-11-05 物流接口升级", "更多请见这里。");
    }

    @Test
    void charsetComesFromTheMetaTagWhenTheHeaderHasNone() throws Exception {
        String page = "<html><head><meta charset=\"gbk\"></head><body><div id=\"n\">签名算法调整</div></body></html>";

        assertThat(pages.lines(page.getBytes(Charset.forName("GBK")), "text/html", "#n", "https://x.example/"))
                .containsExactly("签名算法调整");
    }

    @Test
    void addedLinesAreTheOnesNotThereBefore() {
        assertThat(PageText.added(List.of("a", "b"), List.of("c", "a", "b", "d"))).containsExactly("c", "d");
    }

    @Test
    void aSelectorMatchingNothingIsAFailure() {
        assertThatThrownBy(() -> pages.lines(PAGE.getBytes(StandardCharsets.UTF_8), null, "div.gone",
                "https://x.example/")).isInstanceOf(FeedFailure.class)
                .extracting(e -> ((FeedFailure) e).reason()).isEqualTo("SELECTOR_EMPTY");
    }
}
