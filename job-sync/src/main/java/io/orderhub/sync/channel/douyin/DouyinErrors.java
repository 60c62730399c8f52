package io.orderhub.sync.channel.douyin;

import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.http.PlatformErrorDetector;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * 抖店 replies carry {@code code} (10000 = success) with {@code msg}, {@code sub_code}, {@code sub_msg}; older
 * gateways answer {@code err_no} (0 = success) with {@code message}. Codes: 20000 service unavailable, 30001 no
 * permission, 40003 invalid platform parameter (told apart by {@code sub_code}), 40004 invalid business parameter,
 * 60000 rate limited, 70000 API offline.
 */
public final class DouyinErrors implements PlatformErrorDetector {

    static final long SUCCESS = 10000;

    @Override
    public Optional<PlatformError> detect(JsonNode body) {
        JsonNode code = body.get("code");
        if (code != null && !code.isNull()) {
            long value = code.asLong(-1);
            return value == SUCCESS ? Optional.empty() : Optional.of(error(value, body.path("sub_code").asString(""),
                    body.path("msg").asString("") + " " + body.path("sub_msg").asString("")));
        }
        JsonNode legacy = body.get("err_no");
        if (legacy != null && !legacy.isNull()) {
            long value = legacy.asLong(-1);
            // Legacy err_no codes are not the same table as code: only "not 0" is certain, the rest is unknown.
            return value == 0 ? Optional.empty() : Optional.of(new PlatformError(PlatformErrorKind.UNKNOWN,
                    "err_no " + value, body.path("message").asString("").strip()));
        }
        return Optional.empty(); // not a 抖店 envelope: the adapter reports the page as malformed
    }

    private static PlatformError error(long code, String subCode, String message) {
        PlatformErrorKind kind;
        if (code == 20000) {
            kind = PlatformErrorKind.UNAVAILABLE;
        } else if (code == 30001 || code == 40004 || code == 70000) {
            kind = PlatformErrorKind.INVALID_REQUEST;
        } else if (code == 40003) {
            kind = platformParameter(subCode);
        } else if (code >= 60000 && code < 70000) {
            kind = PlatformErrorKind.RATE_LIMITED;
        } else {
            kind = PlatformErrorKind.UNKNOWN;
        }
        return new PlatformError(kind, code + (subCode.isEmpty() ? "" : "/" + subCode), message.strip());
    }

    /**
     * 40003 covers several platform parameters; the documented sub-codes are {@code isv.signature-invalid},
     * {@code isv.access-token-expired} and {@code isv.timestamp-invalid}. Other token sub-codes
     * ({@code isv.access-token-invalid}…) also mean the shop must re-authorise.
     */
    private static PlatformErrorKind platformParameter(String subCode) {
        String sub = subCode.toLowerCase(Locale.ROOT);
        if (sub.contains("signature")) {
            return PlatformErrorKind.SIGNATURE_REJECTED;
        }
        if (sub.contains("access-token")) {
            return PlatformErrorKind.TOKEN_EXPIRED;
        }
        if (sub.contains("timestamp")) {
            return PlatformErrorKind.CLOCK_SKEW;
        }
        return PlatformErrorKind.INVALID_REQUEST;
    }
}
