package io.orderhub.sync.channel.jd;

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
 * JOS request signing: all parameters except {@code sign} (system parameters in the query, {@code 360buy_param_json}
 * in the form body), sorted by name, as {@code secret + k1v1k2v2… + secret}, MD5, uppercase hex. Empty parameters
 * are neither sent nor signed. The business JSON is signed exactly as sent.
 */
public final class JdSigner implements RequestSigner {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Override
    public Request sign(Request unsigned, ApiCall call, Instant now) {
        HttpUrl timed = unsigned.url().newBuilder().setQueryParameter("timestamp", TIMESTAMP.format(now)).build();
        Request request = unsigned.newBuilder().url(timed).build();
        String sign = sign(FormParams.of(request), call.shop().appSecret());
        return request.newBuilder().url(timed.newBuilder().setQueryParameter("sign", sign).build()).build();
    }

    String sign(TreeMap<String, String> params, String secret) {
        return Digest.MD5.hex(null, secret + FormParams.concatenated(params) + secret).toUpperCase(Locale.ROOT);
    }
}
