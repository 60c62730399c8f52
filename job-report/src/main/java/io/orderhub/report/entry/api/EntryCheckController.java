package io.orderhub.report.entry.api;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.rule.EntryRules;
import io.orderhub.report.entry.sku.SkuCatalogueUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /entries/check}: a form, an ERP plug-in or a scanner app sends an entry (or a batch) before saving and
 * gets per-field errors, warnings to confirm and suggestions back. Without the bearer token: 401; a body that cannot
 * be read: 400 naming the field. Logged: counts and refusal reasons, never the token.
 */
@RestController
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("oms.entries.api.enabled")
public class EntryCheckController {

    static final String PATH = "/entries/check";
    /** A batch of the maximum size is far below this; a larger body is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(EntryCheckController.class);

    private final EntryRules rules;
    private final EntryApiAccess access;
    private final EntryJson json;

    public EntryCheckController(EntryRules rules, EntryApiAccess access, EntryJson json) {
        this.rules = rules;
        this.access = access;
        this.json = json;
    }

    @PostMapping(PATH)
    public ResponseEntity<?> check(HttpServletRequest request) throws IOException {
        String refusal = access.refusal(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (refusal != null) {
            log.warn("entry check refused (401): {}, from {}", refusal, request.getRemoteAddr());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", "unauthorized", "reason", refusal));
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES);
        if (body == null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", "too large", "reason", "the body is larger than " + MAX_BODY_BYTES
                            + " bytes"));
        }
        EntryJson.Request parsed;
        try {
            parsed = json.read(new String(body, StandardCharsets.UTF_8));
        } catch (EntryRequestException e) {
            log.info("entry check refused (400): {}, from {}", e.getMessage(), request.getRemoteAddr());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", "bad request", "field", e.field(), "reason", e.reason()));
        }
        List<List<EntryFinding>> findings;
        try {
            findings = rules.checkAll(parsed.entries());
        } catch (SkuCatalogueUnavailableException e) {
            // Not the caller's fault and nothing it sent is lost: the form may save unchecked or retry later.
            log.error("entry check unavailable (503): {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", "unavailable", "reason", "the SKU master cannot be read now; see the"
                            + " job-report log"));
        }
        List<EntryCheckResult> results = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Entry entry = parsed.entries().get(i);
            results.add(EntryCheckResult.of(entry.entryId(), findings.get(i)));
        }
        log.debug("entry check: {} entr(y/ies), {} with errors", results.size(),
                results.stream().filter(r -> !r.ok()).count());
        Object answer = parsed.batch() ? Map.of("results", results) : results.get(0);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    /** The whole stream, or {@code null} when it is longer than {@code limit}. */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] read = in.readNBytes(limit + 1);
        return read.length > limit ? null : read;
    }
}
