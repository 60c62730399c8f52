package io.orderhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.http.SignatureDigest;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Requests signed with the right secret but the wrong algorithm get each platform's exact signature error. */
class SignatureRejectionIT {
    private final ChannelSandbox sandbox = ChannelSandbox.builder().ordersPerShop(100).unlimitedRateLimits()
            .build().start();
    private final OkHttpClient http = new OkHttpClient();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String post(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }

    private static String sortedPairs(Map<String, String> params) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> text.append(k).append(v));
        return text.toString();
    }

    @Test
    void jdRequestSignedWithHmacButDeclaringMd5IsRejected() throws IOException {
        ShopCredentials shop = sandbox.shops(Channel.JD).get(0);
        Map<String, String> params = new TreeMap<>();
        params.put("method", "jingdong.pop.order.search");
        params.put("app_key", shop.appKey());
        params.put("access_token", shop.accessToken());
        params.put("timestamp", io.orderhub.sandbox.generator.SimTime.text(Instant.now().getEpochSecond()));
        params.put("v", "2.0");
        params.put("360buy_param_json", "{}");
        String text = shop.appSecret() + sortedPairs(params) + shop.appSecret();
        String sign = SignatureDigest.hmacSha256(shop.appSecret(), text).toUpperCase();
        var url = sandbox.url(Channel.JD).newBuilder();
        params.forEach((k, v) -> {
            if (!k.equals("360buy_param_json")) {
                url.addQueryParameter(k, v);
            }
        });
        url.addQueryParameter("sign", sign);
        String body = post(new Request.Builder().url(url.build())
                .post(new FormBody.Builder().add("360buy_param_json", "{}").build()).build());
        assertThat(body).isEqualTo("{\"error_response\":{\"code\":\"12\",\"zh_desc\":\"无效签名\","
                + "\"en_desc\":\"Invalid signature\"}}");
    }

    @Test
    void douyinRequestSignedWithMd5ButDeclaringHmacIsRejected() throws IOException {
        ShopCredentials shop = sandbox.shops(Channel.DOUYIN).get(0);
        String json = "{\"page\":0,\"size\":10}";
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String text = shop.appSecret() + "app_key" + shop.appKey() + "method" + "order.searchList" + "param_json"
                + json + "timestamp" + timestamp + "v" + "2" + shop.appSecret();
        var url = sandbox.url(Channel.DOUYIN).newBuilder().addQueryParameter("app_key", shop.appKey())
                .addQueryParameter("method", "order.searchList").addQueryParameter("access_token", shop.accessToken())
                .addQueryParameter("timestamp", timestamp).addQueryParameter("v", "2")
                .addQueryParameter("sign_method", "hmac-sha256")
                .addQueryParameter("sign", SignatureDigest.md5(text)).build();
        String body = post(new Request.Builder().url(url)
                .post(RequestBody.create(json, MediaType.get("application/json"))).build());
        var reply = SignedCalls.JSON.readTree(body);
        assertThat(reply.get("code").asInt()).isEqualTo(40003);
        assertThat(reply.get("sub_code").asString()).isEqualTo("isv.signature-invalid");
        assertThat(reply.get("sub_msg").asString()).isEqualTo("签名校验失败");
    }

    @Test
    void pddRequestSignedWithHmacInsteadOfMd5IsRejected() throws IOException {
        ShopCredentials shop = sandbox.shops(Channel.PDD).get(0);
        Map<String, String> params = new TreeMap<>();
        params.put("type", "pdd.order.information.get");
        params.put("client_id", shop.appKey());
        params.put("access_token", shop.accessToken());
        params.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
        params.put("data_type", "JSON");
        params.put("order_sn", "x");
        String sign = SignatureDigest.hmacMd5(shop.appSecret(), sortedPairs(params)).toUpperCase();
        FormBody.Builder form = new FormBody.Builder();
        params.forEach(form::add);
        form.add("sign", sign);
        String body = post(new Request.Builder().url(sandbox.url(Channel.PDD)).post(form.build()).build());
        var error = SignedCalls.JSON.readTree(body).get("error_response");
        assertThat(error.get("error_code").asInt()).isEqualTo(20004);
        assertThat(error.get("error_msg").asString()).isEqualTo("签名错误");
    }
}
