package io.orderhub.sync.hold;

import io.orderhub.common.freeze.FreezeHoldDecisions;
import io.orderhub.common.freeze.HoldDecision;
import io.orderhub.common.freeze.HoldDecisionRefusedException;
import io.orderhub.common.freeze.HoldDecisionResult;
import io.orderhub.common.secret.SecretResolver;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators release or reject held orders over HTTP: {@code POST /holds/{orderNo}/release} and {@code /reject} with
 * {@code {"operator":…,"reason":…}} and {@code Authorization: Bearer <oms.holds.api-token>}. Answers 401 without the
 * token, 503 when no token is configured, 400 naming the bad field, 404 for an unknown order, 409 when it is not
 * held; never a 5xx for bad input.
 */
@RestController
public class HoldController {

    private static final Logger log = LoggerFactory.getLogger(HoldController.class);
    private static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");

    /** The request body. */
    public record DecisionBody(String operator, String reason) {
    }

    private final FreezeHoldDecisions decisions;
    private final Optional<HoldApiToken> token;

    public HoldController(FreezeHoldDecisions decisions, SecretResolver secrets,
            @Value("${" + HoldApiToken.PROPERTY + ":}") String tokenReference) {
        this.decisions = decisions;
        this.token = HoldApiToken.resolve(tokenReference, secrets);
    }

    @PostMapping("/holds/{orderNo}/release")
    public ResponseEntity<Map<String, Object>> release(@PathVariable String orderNo,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody(required = false) DecisionBody body) {
        return decide(orderNo, HoldDecision.RELEASE, authorization, body);
    }

    @PostMapping("/holds/{orderNo}/reject")
    public ResponseEntity<Map<String, Object>> reject(@PathVariable String orderNo,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody(required = false) DecisionBody body) {
        return decide(orderNo, HoldDecision.REJECT, authorization, body);
    }

    private ResponseEntity<Map<String, Object>> decide(String orderNo, HoldDecision decision, String authorization,
            DecisionBody body) {
        if (token.isEmpty()) {
            return error(HttpStatus.SERVICE_UNAVAILABLE, "hold API is off: " + HoldApiToken.PROPERTY + " is not set");
        }
        if (!token.get().accepts(authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(Map.of("error", "Authorization: a valid bearer token is required"));
        }
        if (body == null) {
            return error(HttpStatus.BAD_REQUEST, "body: required, {\"operator\":…,\"reason\":…}");
        }
        HoldDecisionResult result = decisions.decide(orderNo, decision, body.operator(), body.reason());
        log.info("Hold of {} {} by {} (rule {}) over the API", orderNo, result.freezeState(), result.operator(),
                result.rule());
        return ResponseEntity.ok(Map.of("orderNo", result.orderNo(), "freezeState", result.freezeState(),
                "rule", result.rule() == null ? "" : result.rule(), "operator", result.operator(),
                "at", result.at().atZone(GMT8).toOffsetDateTime().toString()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badField(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "body: not a JSON object {\"operator\":…,\"reason\":…}");
    }

    @ExceptionHandler(HoldDecisionRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(HoldDecisionRefusedException e) {
        return error(e.reason() == HoldDecisionRefusedException.Reason.NOT_FOUND ? HttpStatus.NOT_FOUND
                : HttpStatus.CONFLICT, e.getMessage());
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
