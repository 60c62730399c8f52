package io.orderhub.sync.shop.onboarding;

import io.orderhub.common.config.OmsCommonAutoConfiguration;
import io.orderhub.common.order.Channel;
import io.orderhub.common.secret.MissingSecretException;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.common.time.ReadableTime;
import io.orderhub.sync.channel.WindowLimits;
import io.orderhub.sync.channel.taobao.TaobaoSigner;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * What a {@code channel_shop} value must be before a shop is stored, one rule per option; each refusal names the
 * option, its column and the reason (never a secret's value).
 */
final class ShopRules {

    /** Shop ids appear in callback URLs ({@code /callbacks/taobao/{shop}}) and job parameters: URL-safe text. */
    private static final Pattern SHOP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern APP_KEY = Pattern.compile("\\S{1,64}");
    private static final Pattern SECRET_REFERENCE = Pattern.compile("env:[A-Za-z_][A-Za-z0-9_.]{0,123}");
    /** A longer re-read than a day is a backfill ({@code channelOrderSync} with from/to), not an overlap. */
    static final int MAX_OVERLAP_SECONDS = 86_400;

    private final Collection<Channel> channels;
    private final SecretResolver secrets;
    private final Clock clock;

    ShopRules(Collection<Channel> channels, SecretResolver secrets, Clock clock) {
        this.channels = channels;
        this.secrets = secrets;
        this.clock = clock;
    }

    Channel channel(String text) {
        String known = channels.stream().map(Channel::name).sorted().collect(Collectors.joining(", "));
        return Arrays.stream(Channel.values()).filter(c -> c.name().equalsIgnoreCase(text)).findFirst()
                .filter(channels::contains)
                .orElseThrow(() -> ShopCommandException.invalid(ShopOption.CHANNEL,
                        "'" + text + "' is no channel this executor serves; known: " + known));
    }

    String shopId(String text) {
        if (!SHOP_ID.matcher(text).matches()) {
            throw ShopCommandException.invalid(ShopOption.SHOP_ID, "'" + text + "' is not a shop id: 1 to 64 letters,"
                    + " digits, '.', '_' or '-', starting with a letter or digit (it appears in callback URLs)");
        }
        return text;
    }

    String displayName(String text) {
        if (text.isBlank() || text.length() > 128) {
            throw ShopCommandException.invalid(ShopOption.DISPLAY_NAME, "1 to 128 characters, not blank");
        }
        return text;
    }

    String appKey(String text) {
        if (!APP_KEY.matcher(text).matches()) {
            throw ShopCommandException.invalid(ShopOption.APP_KEY,
                    "the platform's app key (Pinduoduo: client_id): 1 to 64 characters without spaces");
        }
        return text;
    }

    /**
     * A reference to a secret ({@code env:NAME}) that resolves on this machine: a shop whose secret is missing could
     * not sync. The secret itself is never a valid value here, and never appears in the error.
     */
    String secretReference(ShopOption option, String text) {
        if (!SECRET_REFERENCE.matcher(text).matches()) {
            throw ShopCommandException.invalid(option, "expected a reference like env:OMS_SECRET_JD_2001_APP_SECRET"
                    + " (the name of the environment variable holding it); secrets themselves are never stored");
        }
        try {
            secrets.resolve(text, option.label());
        } catch (MissingSecretException e) {
            throw new ShopCommandException(e.getMessage());
        }
        return text;
    }

    /**
     * The shop's own API host, or null (the empty value) for the platform's production gateway. Every channel client
     * replaces the URL's path with its API's own ({@code /router/rest}, {@code /routerjson},
     * {@code /order/searchList}, {@code /api/router}), so a path here would be dropped: refused instead. Plain HTTP
     * would carry the access token in clear: only to a loopback host (a local proxy or sandbox).
     */
    String apiBaseUrl(Channel channel, String text) {
        if (text.isEmpty()) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        HttpUrl url = lower.startsWith("http://") || lower.startsWith("https://") ? HttpUrl.parse(text) : null;
        if (url == null) {
            throw ShopCommandException.invalid(ShopOption.API_BASE_URL,
                    "'" + text + "' is not an http(s) URL like https://gw.example.com/");
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw ShopCommandException.invalid(ShopOption.API_BASE_URL,
                    "carries user info; credentials go in the secret references only");
        }
        if (url.encodedQuery() != null || url.encodedFragment() != null) {
            throw ShopCommandException.invalid(ShopOption.API_BASE_URL, "carries a query or fragment; give the host only");
        }
        if (!url.encodedPath().equals("/")) {
            throw ShopCommandException.invalid(ShopOption.API_BASE_URL, "path '" + url.encodedPath() + "' would be"
                    + " dropped: the " + channel + " client calls its API's own path on this host; give "
                    + url.scheme() + "://" + url.host() + portSuffix(url) + "/ (a gateway behind a path prefix is"
                    + " not supported)");
        }
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw ShopCommandException.invalid(ShopOption.API_BASE_URL, "plain http would send the access token in"
                    + " clear; use https (http only to a loopback host: a local proxy or sandbox)");
        }
        return url.toString();
    }

    int pageSize(Channel channel, WindowLimits limits, String text) {
        int size = integer(ShopOption.PAGE_SIZE, text);
        if (size < 1 || size > limits.maxPageSize()) {
            throw ShopCommandException.invalid(ShopOption.PAGE_SIZE, size + " is outside 1.." + limits.maxPageSize()
                    + ", the largest page " + channel + " serves");
        }
        return size;
    }

    int overlapSeconds(String text) {
        int seconds = integer(ShopOption.OVERLAP_SECONDS, text);
        if (seconds < 0 || seconds > MAX_OVERLAP_SECONDS) {
            throw ShopCommandException.invalid(ShopOption.OVERLAP_SECONDS, seconds + " is outside 0.."
                    + MAX_OVERLAP_SECONDS + " (one day; re-reading more is a backfill: channelOrderSync with from/to)");
        }
        return seconds;
    }

    /**
     * Where the first run starts, given with its zone ({@code 2026-12-01T00:00:00+08:00}, {@code …Z} or
     * {@code …[Asia/Shanghai]}), stored as GMT+8 wall clock; null (the empty value) = the configured initial
     * look-back. Within the platform's look-back and not in the future.
     */
    LocalDateTime syncStartAt(Channel channel, WindowLimits limits, String text) {
        if (text.isEmpty()) {
            return null;
        }
        ZonedDateTime zoned;
        try {
            zoned = ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
        } catch (DateTimeException e) {
            throw ShopCommandException.invalid(ShopOption.SYNC_START_AT, "'" + text + "' is not a time with its zone,"
                    + " like 2026-12-01T00:00:00+08:00 (stored as GMT+8 wall clock, the platforms' zone)");
        }
        LocalDateTime start = zoned.withZoneSameInstant(OmsCommonAutoConfiguration.PLATFORM_ZONE).toLocalDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime now = LocalDateTime.now(clock);
        if (start.isAfter(now)) {
            throw ShopCommandException.invalid(ShopOption.SYNC_START_AT, ReadableTime.of(start) + " is in the future");
        }
        Duration lookback = limits.maxLookback();
        if (start.isBefore(now.minus(lookback))) {
            throw ShopCommandException.invalid(ShopOption.SYNC_START_AT, ReadableTime.of(start) + " is older than "
                    + channel + " serves incremental queries (" + lookback.toDays() + " days)");
        }
        return start;
    }

    /** The algorithm Taobao signs this shop's pushes with; only Taobao pushes are received. */
    String callbackSignMethod(Channel channel, String text) {
        if (channel != Channel.TAOBAO) {
            throw ShopCommandException.invalid(ShopOption.CALLBACK_SIGN_METHOD,
                    "only Taobao shops push orders to this suite; " + channel + " has no push algorithm to set");
        }
        return TaobaoSigner.Method.ofWireName(text).map(TaobaoSigner.Method::wireName)
                .orElseThrow(() -> ShopCommandException.invalid(ShopOption.CALLBACK_SIGN_METHOD, "'" + text
                        + "' is not a TOP algorithm; one of " + Arrays.stream(TaobaoSigner.Method.values())
                        .map(TaobaoSigner.Method::wireName).collect(Collectors.joining(", "))));
    }

    private static int integer(ShopOption option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ShopCommandException.invalid(option, "'" + text + "' is not a whole number");
        }
    }

    private static String portSuffix(HttpUrl url) {
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port();
    }

    /** Loopback by name or literal address, without a DNS lookup. */
    private static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
