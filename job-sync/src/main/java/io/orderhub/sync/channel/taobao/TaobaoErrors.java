package io.orderhub.sync.channel.taobao;

import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.http.PlatformErrorDetector;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * TOP's {@code error_response}: code 7 "App Call Limited" (sub_msg says how long the ban lasts), 25/24 signature,
 * 26/27 session, 30/31 timestamp, 15/40/41 arguments, 50 remote service error.
 */
public final class TaobaoErrors implements PlatformErrorDetector {

    private static final Pattern BAN_SECONDS = Pattern.compile("(\\d+)\\s*more seconds");

    @Override
    public Optional<PlatformError> detect(JsonNode body) {
        JsonNode error = body.get("error_response");
        if (error == null) {
            return Optional.empty();
        }
        int code = error.path("code").asInt(-1);
        String subCode = error.path("sub_code").asString("");
        String message = error.path("msg").asString("") + (subCode.isEmpty() ? "" : " / " + subCode) + " "
                + error.path("sub_msg").asString("");
        PlatformErrorKind kind = switch (code) {
            case 7 -> PlatformErrorKind.RATE_LIMITED;
            case 24, 25 -> PlatformErrorKind.SIGNATURE_REJECTED;
            case 26, 27 -> PlatformErrorKind.TOKEN_EXPIRED;
            case 30, 31 -> PlatformErrorKind.CLOCK_SKEW;
            case 15, 21, 22, 28, 29, 40, 41 -> PlatformErrorKind.INVALID_REQUEST;
            case 50 -> PlatformErrorKind.UNAVAILABLE;
            default -> PlatformErrorKind.UNKNOWN;
        };
        String fullCode = code + (subCode.isEmpty() ? "" : "/" + subCode);
        return Optional.of(new PlatformError(kind, fullCode, message.strip(), banLength(error.path("sub_msg").asString(""))));
    }

    private static Duration banLength(String subMessage) {
        Matcher matcher = BAN_SECONDS.matcher(subMessage);
        return matcher.find() ? Duration.ofSeconds(Math.min(600, Long.parseLong(matcher.group(1)))) : null;
    }
}
