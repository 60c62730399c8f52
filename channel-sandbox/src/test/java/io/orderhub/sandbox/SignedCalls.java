package io.orderhub.sandbox;

import io.orderhub.sandbox.douyin.DouyinSignature;
import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.jd.JdSignature;
import io.orderhub.sandbox.pdd.PddSignature;
import io.orderhub.sandbox.taobao.TaobaoSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A test client that signs calls the way each platform's documentation says, over real HTTP with OkHttp. */
public final class SignedCalls {
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChannelSandbox sandbox;
    private final OkHttpClient http;

    public SignedCalls(ChannelSandbox sandbox) {
        this(sandbox, new OkHttpClient.Builder().readTimeout(10, TimeUnit.SECONDS).build());
    }

    public SignedCalls(ChannelSandbox sandbox, OkHttpClient http) {
        this.sandbox = sandbox;
        this.http = http;
    }

    public record Reply(int code, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Reply taobao(ShopCredentials shop, String method, Map<String, String> business) {
        return taobao(shop, method, business, "md5", shop.appSecret());
    }

    public Reply taobao(ShopCredentials shop, String method, Map<String, String> business, String signMethod,
                        String secret) {
        return taobao(shop, method, business, signMethod, signMethod, secret);
    }

    /** Declares {@code declaredMethod} as sign_method but signs with {@code signingMethod}. */
    public Reply taobao(ShopCredentials shop, String method, Map<String, String> business, String declaredMethod,
                        String signingMethod, String secret) {
        String signMethod = declaredMethod;
        Map<String, String> system = new LinkedHashMap<>();
        system.put("app_key", shop.appKey());
        system.put("method", method);
        system.put("timestamp", SimTime.text(Instant.now().getEpochSecond()));
        system.put("format", "json");
        system.put("v", "2.0");
        system.put("sign_method", signMethod);
        system.put("session", shop.accessToken());
        Map<String, String> all = new TreeMap<>(system);
        all.putAll(business);
        system.put("sign", TaobaoSignature.sign(all, signingMethod, secret));
        return post(sandbox.url(Channel.TAOBAO), system, form(business));
    }

    public Reply jd(ShopCredentials shop, String paramJson) {
        return jd(shop, paramJson, shop.appSecret());
    }

    public Reply jd(ShopCredentials shop, String paramJson, String secret) {
        return jd(shop, "jingdong.pop.order.search", paramJson, secret);
    }

    public Reply jd(ShopCredentials shop, String method, String paramJson, String secret) {
        Map<String, String> system = new LinkedHashMap<>();
        system.put("method", method);
        system.put("app_key", shop.appKey());
        system.put("access_token", shop.accessToken());
        system.put("timestamp", SimTime.text(Instant.now().getEpochSecond()));
        system.put("v", "2.0");
        Map<String, String> all = new TreeMap<>(system);
        all.put("360buy_param_json", paramJson);
        system.put("sign", JdSignature.sign(all, secret));
        return post(sandbox.url(Channel.JD), system, form(Map.of("360buy_param_json", paramJson)));
    }

    public Reply douyin(ShopCredentials shop, String paramJson) {
        return douyin(shop, paramJson, paramJson, "hmac-sha256", shop.appSecret());
    }

    /** Signs {@code signedJson} but sends {@code sentJson}, to test that the exact body bytes are verified. */
    public Reply douyin(ShopCredentials shop, String signedJson, String sentJson, String signMethod, String secret) {
        return douyin(shop, "order.searchList", "/order/searchList", signedJson, sentJson, signMethod, secret);
    }

    /** {@code method} (e.g. {@code order.orderDetail}) posted to {@code path}, hmac-sha256 with the shop's secret. */
    public Reply douyinMethod(ShopCredentials shop, String method, String path, String paramJson, String secret) {
        return douyin(shop, method, path, paramJson, paramJson, "hmac-sha256", secret);
    }

    private Reply douyin(ShopCredentials shop, String method, String path, String signedJson, String sentJson,
            String signMethod, String secret) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_key", shop.appKey());
        query.put("method", method);
        query.put("access_token", shop.accessToken());
        query.put("timestamp", timestamp);
        query.put("v", "2");
        query.put("sign_method", signMethod);
        query.put("sign", DouyinSignature.sign(shop.appKey(), method, signedJson, timestamp, "2", signMethod, secret));
        return post(sandbox.url().resolve(path), query,
                RequestBody.create(sentJson, MediaType.get("application/json;charset=UTF-8")));
    }

    public Reply pdd(ShopCredentials shop, String type, Map<String, String> business) {
        return pdd(shop, type, business, shop.appSecret());
    }

    public Reply pdd(ShopCredentials shop, String type, Map<String, String> business, String secret) {
        Map<String, String> params = new TreeMap<>(business);
        params.put("type", type);
        params.put("client_id", shop.appKey());
        params.put("access_token", shop.accessToken());
        params.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
        params.put("data_type", "JSON");
        params.put("sign", PddSignature.sign(params, secret));
        return post(sandbox.url(Channel.PDD), Map.of(), form(params));
    }

    /**
     * One page of {@code pdd.order.number.list.increment.get} for PDD's paid and shipped orders (status 5: all, refund
     * 5: all) updated in {@code [start, end]} (epoch seconds), 100 a page, paged by {@code has_next}.
     */
    public Reply pddIncrementPage(ShopCredentials shop, long start, long end, int page) {
        Map<String, String> p = new java.util.HashMap<>();
        p.put("start_updated_at", Long.toString(start));
        p.put("end_updated_at", Long.toString(end));
        p.put("order_status", "5");
        p.put("refund_status", "5");
        p.put("page", Integer.toString(page));
        p.put("page_size", "100");
        p.put("use_has_next", "true");
        return pdd(shop, "pdd.order.number.list.increment.get", p);
    }

    public Reply get(String pathAndQuery) {
        return execute(new Request.Builder().url(sandbox.url().resolve(pathAndQuery)).build());
    }

    public Reply post(String pathAndQuery, String json) {
        return execute(new Request.Builder().url(sandbox.url().resolve(pathAndQuery))
                .post(RequestBody.create(json, MediaType.get("application/json"))).build());
    }

    private Reply post(HttpUrl gateway, Map<String, String> query, RequestBody body) {
        HttpUrl.Builder url = gateway.newBuilder();
        query.forEach(url::addQueryParameter);
        return execute(new Request.Builder().url(url.build()).post(body).build());
    }

    private Reply execute(Request request) {
        try (Response response = http.newCall(request).execute()) {
            return new Reply(response.code(), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FormBody form(Map<String, String> params) {
        FormBody.Builder form = new FormBody.Builder();
        params.forEach(form::add);
        return form.build();
    }
}
