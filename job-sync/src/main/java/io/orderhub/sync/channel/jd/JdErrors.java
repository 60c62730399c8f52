package io.orderhub.sync.channel.jd;

import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.http.PlatformErrorDetector;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * JOS refusals, which arrive with HTTP 200 in two shapes:
 * <ul>
 * <li>gateway errors: {@code error_response.code} (a string) — 12 invalid signature, 15 invalid method, 19 invalid
 * access token. JD publishes no rate-limit code, so any code we do not know is {@link PlatformErrorKind#UNKNOWN}
 * (retried with backoff), as the JOS docs advise for unknown gateway codes;</li>
 * <li>service refusals inside a normal reply: {@code <api>_responce.<result>.apiResult.success == false} (e.g. a
 * window longer than a month). The service read and refused our parameters, so these are not retried.</li>
 * </ul>
 */
public final class JdErrors implements PlatformErrorDetector {

    private static final Map<String, PlatformErrorKind> GATEWAY_CODES = Map.of(
            "12", PlatformErrorKind.SIGNATURE_REJECTED,
            "15", PlatformErrorKind.INVALID_REQUEST,
            "19", PlatformErrorKind.TOKEN_EXPIRED);

    /** Throttling messages name the wait ("请60秒后重试"); used as a hint, capped like TOP's ban length. */
    private static final Pattern WAIT_SECONDS = Pattern.compile("(\\d+)\\s*(?:秒|seconds?)");

    @Override
    public Optional<PlatformError> detect(JsonNode body) {
        JsonNode error = body.get("error_response");
        if (error != null && error.isObject()) {
            return Optional.of(gatewayError(error));
        }
        return refusedResult(body);
    }

    private static PlatformError gatewayError(JsonNode error) {
        String code = error.path("code").asString("");
        String message = (error.path("zh_desc").asString("") + " " + error.path("en_desc").asString("")).strip();
        return new PlatformError(GATEWAY_CODES.getOrDefault(code, PlatformErrorKind.UNKNOWN), code, message,
                waitHint(message));
    }

    /** {@code apiResult} sits one level under the {@code *_responce} object (JD's spelling) of every POP API. */
    private static Optional<PlatformError> refusedResult(JsonNode body) {
        for (Map.Entry<String, JsonNode> reply : body.properties()) {
            if (!reply.getKey().endsWith("_responce") && !reply.getKey().endsWith("_response")) {
                continue;
            }
            for (JsonNode result : reply.getValue()) {
                JsonNode apiResult = result.path("apiResult");
                if (apiResult.isObject() && !apiResult.path("success").asBoolean(false)) {
                    String message = (apiResult.path("chineseErrCode").asString("") + " "
                            + apiResult.path("englishErrCode").asString("")).strip();
                    return Optional.of(new PlatformError(PlatformErrorKind.INVALID_REQUEST,
                            "apiResult/" + apiResult.path("numberCode").asString(""), message));
                }
            }
        }
        return Optional.empty();
    }

    private static Duration waitHint(String message) {
        Matcher matcher = WAIT_SECONDS.matcher(message);
        return matcher.find() ? Duration.ofSeconds(Math.min(600, Long.parseLong(matcher.group(1)))) : null;
    }
}
