package io.orderhub.sandbox.push;

import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.SignedCalls;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;

/** A merchant-side client of the sandbox's gateways, written from docs and the platforms' formats (test code). */
final class GatewayClient {
    private final ChannelSandbox sandbox;
    private final OkHttpClient http = new OkHttpClient();

    GatewayClient(ChannelSandbox sandbox) {
        this.sandbox = sandbox;
    }

    record Reply(int code, Headers headers, String body) {
        JsonNode json() {
            return SignedCalls.JSON.readTree(body);
        }
    }

    /** The entry of GET /_sandbox/keys for one gateway. */
    JsonNode keys(String gateway) throws Exception {
        for (JsonNode g : get("_sandbox/keys").json().get("gateways")) {
            if (g.get("gateway").asString().equals(gateway)) {
                return g;
            }
        }
        throw new AssertionError("no gateway " + gateway);
    }

    Reply get(String path) throws Exception {
        try (Response r = http.newCall(new Request.Builder().url(sandbox.url().resolve(path)).build()).execute()) {
            return new Reply(r.code(), r.headers(), r.body().string());
        }
    }

    /** alipay.trade.query, signed RSA2 over every param but sign, sorted, as k=v&… */
    Reply alipayQuery(String appId, PrivateKey key, String outTradeNo) throws Exception {
        Map<String, String> params = new TreeMap<>();
        params.put("app_id", appId);
        params.put("method", "alipay.trade.query");
        params.put("format", "JSON");
        params.put("charset", "utf-8");
        params.put("sign_type", "RSA2");
        params.put("timestamp", "2024-01-15 10:00:00");
        params.put("version", "1.0");
        params.put("biz_content", "{\"out_trade_no\":\"" + outTradeNo + "\"}");
        String content = params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        params.put("sign", sign(key, content));
        String form = params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        Request request = new Request.Builder().url(sandbox.url().resolve("gateway.do"))
                .post(RequestBody.create(form, MediaType.get("application/x-www-form-urlencoded;charset=utf-8")))
                .build();
        try (Response r = http.newCall(request).execute()) {
            return new Reply(r.code(), r.headers(), r.body().string());
        }
    }

    /** GET /v3/pay/transactions/out-trade-no/{no}?mchid=… with a WECHATPAY2-SHA256-RSA2048 Authorization. */
    Reply wechatQuery(String mchid, String serial, PrivateKey key, String outTradeNo, Instant at) throws Exception {
        String target = "/v3/pay/transactions/out-trade-no/" + outTradeNo + "?mchid=" + mchid;
        String timestamp = Long.toString(at.getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        String signature = sign(key, "GET\n" + target + "\n" + timestamp + "\n" + nonce + "\n\n");
        String authorization = "WECHATPAY2-SHA256-RSA2048 mchid=\"" + mchid + "\",nonce_str=\"" + nonce
                + "\",signature=\"" + signature + "\",timestamp=\"" + timestamp + "\",serial_no=\"" + serial + "\"";
        Request request = new Request.Builder().url(sandbox.url().resolve(target.substring(1)))
                .header("Authorization", authorization).header("Accept", "application/json").build();
        try (Response r = http.newCall(request).execute()) {
            return new Reply(r.code(), r.headers(), r.body().string());
        }
    }

    static PrivateKey privateKey(String pem) throws Exception {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    static String sign(PrivateKey key, String text) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }
}
