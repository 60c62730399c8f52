package io.orderhub.sync.channel.taobao;

import io.orderhub.sync.channel.http.ApiCall;
import io.orderhub.sync.channel.http.Digest;
import io.orderhub.sync.channel.http.FormParams;
import io.orderhub.sync.channel.http.RequestSigner;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * TOP request signing: every parameter (URL query and form body) except {@code sign}, sorted by name, joined as
 * {@code name+value}; {@code md5} = MD5(secret + joined + secret), {@code hmac} = HMAC-MD5 and {@code hmac-sha256}
 * = HMAC-SHA256 keyed with the secret over the joined text; uppercase hex. The timestamp is GMT+8 wall clock and
 * must be within ten minutes of Taobao's.
 */
public final class TaobaoSigner implements RequestSigner {

    static final DateTimeFormatter TIMESTAMP_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final DateTimeFormatter TIMESTAMP = TIMESTAMP_TEXT.withZone(ZoneId.of("Asia/Shanghai"));

    /** The algorithm names TOP uses in {@code sign_method}, weakest first (MD5, then HMAC-MD5, then HMAC-SHA256). */
    public enum Method {
        MD5("md5"), HMAC("hmac"), HMAC_SHA256("hmac-sha256");

        final String wireName;

        Method(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** A keyed HMAC beats a salted digest, SHA-256 beats MD5: the order of the constants. */
        public boolean isWeakerThan(Method other) {
            return compareTo(other) < 0;
        }

        /** The method of a {@code sign_method} value, case-insensitive; empty for an unknown name. */
        public static java.util.Optional<Method> ofWireName(String name) {
            return java.util.Arrays.stream(values()).filter(m -> m.wireName.equalsIgnoreCase(name)).findFirst();
        }
    }

    private final Method method;

    public TaobaoSigner(Method method) {
        this.method = method;
    }

    @Override
    public Request sign(Request unsigned, ApiCall call, Instant now) {
        HttpUrl withTimestamp = unsigned.url().newBuilder()
                .setQueryParameter("timestamp", TIMESTAMP.format(now))
                .setQueryParameter("sign_method", method.wireName)
                .build();
        Request timed = unsigned.newBuilder().url(withTimestamp).build();
        String sign = sign(FormParams.of(timed), call.shop().appSecret());
        return timed.newBuilder().url(withTimestamp.newBuilder().setQueryParameter("sign", sign).build()).build();
    }

    String sign(TreeMap<String, String> params, String secret) {
        return signature(method, params, secret);
    }

    /** The TOP signature of {@code params} (which must not contain {@code sign}); also used to verify pushes. */
    public static String signature(Method method, TreeMap<String, String> params, String secret) {
        String joined = FormParams.concatenated(params);
        String hex = switch (method) {
            case MD5 -> Digest.MD5.hex(null, secret + joined + secret);
            case HMAC -> Digest.HMAC_MD5.hex(secret, joined);
            case HMAC_SHA256 -> Digest.HMAC_SHA256.hex(secret, joined);
        };
        return hex.toUpperCase(Locale.ROOT);
    }
}
