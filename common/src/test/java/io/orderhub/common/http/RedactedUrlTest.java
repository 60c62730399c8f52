package io.orderhub.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RedactedUrlTest {

    @Test
    void credentialQueryValuesAreMaskedAndTheRestKeptInOrder() {
        HttpUrl url = HttpUrl.get("https://gw.api.taobao.com/router/rest?method=taobao.trades.sold.increment.get"
                + "&app_key=12345&session=6100e2f&sign=ABCDEF0123&timestamp=2024-01-15+10%3A30%3A00&page_no=2");

        assertThat(RedactedUrl.of(url)).isEqualTo("https://gw.api.taobao.com/router/rest"
                + "?method=taobao.trades.sold.increment.get&app_key=12345&session=***&sign=***"
                + "&timestamp=2024-01-15%2010%3A30%3A00&page_no=2");
    }

    @Test
    void robotTokensAreMaskedWhetherInTheQueryOrInThePath() {
        assertThat(RedactedUrl.of(HttpUrl.get("https://oapi.dingtalk.com/robot/send?access_token=9f8e7d6c5b4a")))
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=***");
        assertThat(RedactedUrl.of(HttpUrl.get("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6")))
                .isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***");
        assertThat(RedactedUrl.of(HttpUrl.get(
                "https://open.feishu.cn/open-apis/bot/v2/hook/2ba0b1c4-5d6e-4f70-8a91-b2c3d4e5f607")))
                .isEqualTo("https://open.feishu.cn/open-apis/bot/v2/hook/***");
    }

    @Test
    void parameterNamesEndingInSecretTokenOrSignCountAsCredentials() {
        assertThat(RedactedUrl.of(HttpUrl.get("https://x.example/api?app_secret=s&ACCESS_TOKEN=t&x_sign=u&page=1")))
                .isEqualTo("https://x.example/api?app_secret=***&ACCESS_TOKEN=***&x_sign=***&page=1");
    }

    @Test
    void userInfoIsDropped() {
        assertThat(RedactedUrl.of(HttpUrl.get("https://alice:pa55word@feeds.example/rss")))
                .isEqualTo("https://feeds.example/rss");
    }
}
