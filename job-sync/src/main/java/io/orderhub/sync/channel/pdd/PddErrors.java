package io.orderhub.sync.channel.pdd;

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
 * Pinduoduo's {@code error_response} ({@code error_code}, {@code error_msg}, {@code sub_code}, {@code sub_msg},
 * {@code request_id}). Only codes we could confirm are classified: 20004 signature, 10019 access token expired,
 * 52101 and 70031 throttling, 10000 parameter error. Anything else is {@link PlatformErrorKind#UNKNOWN} and retried
 * with backoff. PDD punishes bursts by banning the app for a while, so a throttle pauses the app's bucket (the
 * HTTP layer does that for {@code RATE_LIMITED}) and takes the wait PDD names in {@code sub_msg} as a hint.
 */
public final class PddErrors implements PlatformErrorDetector {

    private static final Map<Integer, PlatformErrorKind> CODES = Map.of(
            20004, PlatformErrorKind.SIGNATURE_REJECTED,
            10019, PlatformErrorKind.TOKEN_EXPIRED,
            52101, PlatformErrorKind.RATE_LIMITED,
            70031, PlatformErrorKind.RATE_LIMITED,
            10000, PlatformErrorKind.INVALID_REQUEST);

    /** "请60秒后重试", "应用已被封禁300秒". */
    private static final Pattern WAIT_SECONDS = Pattern.compile("(\\d+)\\s*秒");

    @Override
    public Optional<PlatformError> detect(JsonNode body) {
        JsonNode error = body.get("error_response");
        if (error == null || !error.isObject()) {
            return Optional.empty();
        }
        int code = error.path("error_code").asInt(-1);
        String subCode = error.path("sub_code").asString("");
        String subMessage = error.path("sub_msg").asString("");
        String message = (error.path("error_msg").asString("") + " " + subMessage).strip();
        PlatformErrorKind kind = CODES.getOrDefault(code, PlatformErrorKind.UNKNOWN);
        String fullCode = code + (subCode.isEmpty() || subCode.equals(Integer.toString(code)) ? "" : "/" + subCode);
        return Optional.of(new PlatformError(kind, fullCode, message,
                kind == PlatformErrorKind.RATE_LIMITED ? waitHint(subMessage) : null));
    }

    private static Duration waitHint(String subMessage) {
        Matcher matcher = WAIT_SECONDS.matcher(subMessage);
        return matcher.find() ? Duration.ofSeconds(Math.min(600, Long.parseLong(matcher.group(1)))) : null;
    }
}
