package io.orderhub.sync.shop.onboarding;

import io.orderhub.common.order.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The order-list gateways of the four platforms on one MockWebServer, as far as a credential check reaches: each
 * platform's path, its signature computed here from the platform's documented rule (written apart from our signers,
 * so a signer that drifts from the rule is refused), its access-token parameter; replies are the platforms' own
 * (the adapter fixtures): an empty page, or the platform's refusal for a bad signature or token.
 */
final class PlatformGatewayFake extends Dispatcher {

    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String appSecret;
    private final String accessToken;

    PlatformGatewayFake(String appSecret, String accessToken) {
        this.appSecret = appSecret;
        this.accessToken = accessToken;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        Channel channel = channelAt(request.getUrl().encodedPath());
        if (channel == null) {
            return new MockResponse.Builder().code(404).body("no such API").build();
        }
        if (!MessageDigest.isEqual(bytes(expectedSign(channel, request)), bytes(param(channel, request, "sign")))) {
            return reply(channel, "refusal-signature-rejected.json");
        }
        if (!accessToken.equals(param(channel, request, tokenParameter(channel)))) {
            return reply(channel, "refusal-token-expired.json");
        }
        return reply(channel, "page-empty.json");
    }

    static Channel channelAt(String path) {
        return switch (path) {
            case "/router/rest" -> Channel.TAOBAO;
            case "/routerjson" -> Channel.JD;
            case "/order/searchList" -> Channel.DOUYIN;
            case "/api/router" -> Channel.PDD;
            default -> null;
        };
    }

    /** The page size the order-list request asked for. */
    static int pageSize(Channel channel, RecordedRequest request) {
        return switch (channel) {
            case TAOBAO, PDD -> Integer.parseInt(form(request).get("page_size"));
            case JD -> Integer.parseInt(jdParams(request).path("page_size").asString());
            case DOUYIN -> JSON.readTree(request.getBody().utf8()).path("size").asInt();
        };
    }

    /** The length of the modified-time window the order-list request asked for. */
    static Duration window(Channel channel, RecordedRequest request) {
        return switch (channel) {
            case TAOBAO -> between(form(request).get("start_modified"), form(request).get("end_modified"));
            case JD -> between(jdParams(request).path("start_date").asString(), jdParams(request).path("end_date").asString());
            case DOUYIN -> {
                JsonNode body = JSON.readTree(request.getBody().utf8());
                yield Duration.ofSeconds(body.path("update_time_end").asLong() - body.path("update_time_start").asLong());
            }
            case PDD -> Duration.ofSeconds(Long.parseLong(form(request).get("end_updated_at"))
                    - Long.parseLong(form(request).get("start_updated_at")));
        };
    }

    private String expectedSign(Channel channel, RecordedRequest request) {
        HttpUrl url = request.getUrl();
        return switch (channel) {
            // TOP: sorted name+value of query and form; md5 = MD5(secret + text + secret), hmac = HMAC-MD5,
            // hmac-sha256 = HMAC-SHA256 keyed with the secret; uppercase hex.
            case TAOBAO -> {
                String text = joined(allParams(request));
                yield switch (url.queryParameter("sign_method")) {
                    case "md5" -> digest("MD5", appSecret + text + appSecret);
                    case "hmac" -> hmac("HmacMD5", text);
                    case "hmac-sha256" -> hmac("HmacSHA256", text);
                    default -> "unknown sign_method";
                };
            }
            // JOS: MD5(secret + sorted name+value of query and 360buy_param_json + secret), uppercase hex.
            case JD -> digest("MD5", appSecret + joined(allParams(request)) + appSecret);
            // 抖店: HMAC-SHA256 over secret + app_key.. method.. param_json(body) timestamp.. v.. + secret, lowercase.
            case DOUYIN -> hmac("HmacSHA256", appSecret + "app_key" + url.queryParameter("app_key") + "method"
                    + url.queryParameter("method") + "param_json" + request.getBody().utf8() + "timestamp"
                    + url.queryParameter("timestamp") + "v" + url.queryParameter("v") + appSecret)
                    .toLowerCase(Locale.ROOT);
            // PDD: MD5(client_secret + sorted name+value of the form + client_secret), uppercase hex.
            case PDD -> digest("MD5", appSecret + joined(form(request)) + appSecret);
        };
    }

    private static String tokenParameter(Channel channel) {
        return channel == Channel.TAOBAO ? "session" : "access_token";
    }

    private static String param(Channel channel, RecordedRequest request, String name) {
        String value = channel == Channel.PDD ? form(request).get(name) : request.getUrl().queryParameter(name);
        return value == null ? "" : value;
    }

    private static Map<String, String> allParams(RecordedRequest request) {
        Map<String, String> params = new TreeMap<>(form(request));
        HttpUrl url = request.getUrl();
        for (int i = 0; i < url.querySize(); i++) {
            params.put(url.queryParameterName(i), url.queryParameterValue(i));
        }
        return params;
    }

    private static String joined(Map<String, String> params) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (!name.equals("sign") && !value.isEmpty()) {
                text.append(name).append(value);
            }
        });
        return text.toString();
    }

    private static Map<String, String> form(RecordedRequest request) {
        Map<String, String> params = new TreeMap<>();
        String body = request.getBody().utf8();
        if (body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            params.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private static JsonNode jdParams(RecordedRequest request) {
        return JSON.readTree(form(request).get("360buy_param_json"));
    }

    private static Duration between(String from, String to) {
        return Duration.between(LocalDateTime.parse(from, WALL_CLOCK), LocalDateTime.parse(to, WALL_CLOCK));
    }

    private static String digest(String algorithm, String text) {
        try {
            return HexFormat.of().withUpperCase().formatHex(
                    MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hmac(String algorithm, String text) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static MockResponse reply(Channel channel, String fixture) {
        String path = "/fixtures/" + channel.name().toLowerCase(Locale.ROOT) + "/" + fixture;
        try (InputStream in = PlatformGatewayFake.class.getResourceAsStream(path)) {
            return new MockResponse.Builder().addHeader("Content-Type", "application/json;charset=UTF-8")
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
