package io.orderhub.common.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * An address as it may appear in logs and failures: the values of query parameters that carry credentials
 * ({@code sign}, {@code secret}, {@code access_token}, …) become {@code ***}, and so do path segments that look like
 * a token (robot webhooks put theirs in the path: Feishu {@code /hook/<token>}). User info is dropped.
 */
public final class RedactedUrl {

    static final String MASK = "***";

    private static final Set<String> SECRET_PARAMETERS = Set.of("sign", "signature", "sig", "secret", "app_secret",
            "appsecret", "client_secret", "token", "access_token", "refresh_token", "accesstoken", "session", "key",
            "api_key", "apikey", "password", "passwd", "timestamp_sign");

    /** 16+ characters of a token alphabet with at least one digit: UUIDs, hex and base64url keys. */
    private static final Pattern TOKEN_LIKE = Pattern.compile("(?=.*[0-9])[A-Za-z0-9_\\-]{16,}");

    private RedactedUrl() {
    }

    public static String of(HttpUrl url) {
        HttpUrl.Builder shown = url.newBuilder().username("").password("");
        for (int i = 0; i < url.pathSize(); i++) {
            if (TOKEN_LIKE.matcher(url.pathSegments().get(i)).matches()) {
                shown.setPathSegment(i, MASK);
            }
        }
        if (url.querySize() > 0) {
            shown.query(null);
            for (int i = 0; i < url.querySize(); i++) {
                String name = url.queryParameterName(i);
                shown.addQueryParameter(name, isSecret(name) ? MASK : url.queryParameterValue(i));
            }
        }
        return shown.build().toString();
    }

    static boolean isSecret(String parameter) {
        String lower = parameter.toLowerCase(Locale.ROOT);
        return SECRET_PARAMETERS.contains(lower) || lower.endsWith("_secret") || lower.endsWith("_token")
                || lower.endsWith("_sign");
    }
}
