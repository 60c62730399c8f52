package io.orderhub.sandbox.push;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * One HTTP POST exactly as it goes on the wire: the body bytes are what was signed, so nothing re-encodes them.
 * {@code signAlgorithm} names the scheme for the stats ({@code md5}, {@code hmac-sha256}, {@code RSA2},
 * {@code WECHATPAY2-SHA256-RSA2048}; {@code none} for an unsigned forgery).
 */
public record WireRequest(HttpUrl url, Map<String, String> headers, String contentType, byte[] body,
                          String signAlgorithm) {

    public WireRequest {
        headers = Map.copyOf(headers);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
