package io.orderhub.sync.channel.douyin;

import io.orderhub.sync.channel.http.ApiCall;
import io.orderhub.sync.channel.http.Digest;
import io.orderhub.sync.channel.http.RequestSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okio.Buffer;

/**
 * Douyin shop signing: {@code secret + "app_key"+key + "method"+method + "param_json"+json + "timestamp"+ts +
 * "v"+"2" + secret}, HMAC-SHA256 keyed with the secret, lowercase hex. {@code access_token} and
 * {@code sign_method} are not signed. The JSON signed is the request body, byte for byte.
 */
public final class DouyinSigner implements RequestSigner {

    @Override
    public Request sign(Request unsigned, ApiCall call, Instant now) {
        String timestamp = Long.toString(now.getEpochSecond());
        HttpUrl url = unsigned.url();
        String sign = sign(call.shop().appKey(), url.queryParameter("method"), body(unsigned), timestamp,
                call.shop().appSecret());
        HttpUrl signed = url.newBuilder()
                .setQueryParameter("timestamp", timestamp)
                .setQueryParameter("sign_method", "hmac-sha256")
                .setQueryParameter("sign", sign)
                .build();
        return unsigned.newBuilder().url(signed).build();
    }

    static String sign(String appKey, String method, String paramJson, String timestamp, String secret) {
        String message = secret + "app_key" + appKey + "method" + method + "param_json" + paramJson
                + "timestamp" + timestamp + "v" + "2" + secret;
        return Digest.HMAC_SHA256.hex(secret, message);
    }

    private static String body(Request request) {
        if (request.body() == null) {
            return "{}";
        }
        try (Buffer buffer = new Buffer()) {
            request.body().writeTo(buffer);
            return buffer.readUtf8();
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory body cannot fail to write", e);
        }
    }
}
