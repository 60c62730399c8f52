package io.orderhub.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordRulesTest {

    final KeywordRules defaults = KeywordRules.of(KeywordRules.SHIPPING_DEFAULTS, List.of(), List.of());

    @Test
    void englishKeywordsMatchInAnyCase() {
        assertThat(defaults.match("New hmac-sha256 Signature for order APIs")).containsExactly("signature", "HMAC", "SHA256");
        assertThat(defaults.match("RATE LIMIT lowered")).containsExactly("rate limit");
    }

    @Test
    void chineseKeywordsMatch() {
        assertThat(defaults.match("关于订单接口签名算法升级的通知")).containsExactly("签名", "升级");
        assertThat(defaults.match("旧版回调接口将于12月下线")).containsExactly("回调", "下线");
    }

    @Test
    void fullWidthLettersMatchTheirAsciiKeyword() {
        assertThat(defaults.match("签约ＨＭＡＣ密钥")).containsExactly("HMAC");
    }

    @Test
    void nothingRelevantDoesNotMatch() {
        assertThat(defaults.match("双十一大促活动报名")).isEmpty();
    }

    @Test
    void anExcludeWordVetoesTheMatch() {
        KeywordRules rules = KeywordRules.of(KeywordRules.SHIPPING_DEFAULTS, List.of("活动", "webinar"), List.of());

        assertThat(rules.match("签名升级活动说明")).isEmpty();
        assertThat(rules.match("Signature WEBINAR next week")).isEmpty();
        assertThat(rules.match("签名升级")).isNotEmpty();
    }

    @Test
    void regexesMatchCaseInsensitively() {
        KeywordRules rules = KeywordRules.of(List.of(), List.of(), List.of("api\\s+v\\d+", "sha-?256"));

        assertThat(rules.match("Order API V3 released")).containsExactly("/api\\s+v\\d+/");
        assertThat(rules.match("switch to SHA-256")).containsExactly("/sha-?256/");
        assertThat(rules.match("nothing here")).isEmpty();
    }
}
