package io.orderhub.report.entry.api;

import io.orderhub.report.entry.EntryCheck;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.sku.SkuCatalogueUnavailableException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /entries/check}: a form, an ERP plug-in or a scanner app sends an entry (or a batch) before saving and
 * gets per-field errors, warnings to confirm and suggestions back. Without the bearer token: 401; a body that cannot
 * be read: 400 naming the field; a body over {@link #MAX_BODY_BYTES}: 413. Logged: refusal reasons, never the token.
 *
 * <p>A plain servlet, not a Spring MVC controller: the check must answer within 10 ms at p99 under 50 concurrent
 * clients, and the dispatcher's handler lookup, argument resolution, content negotiation and message converters
 * were a fifth of the server's CPU per request (JFR, {@code bench/run entries}), more than the rules themselves.
 * Nothing here needs them: one path, one method, JSON bytes in and out.
 */
public class EntryCheckServlet extends HttpServlet {

    static final String PATH = "/entries/check";
    /** A batch of the maximum size is far below this; a larger body is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(EntryCheckServlet.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final transient EntryCheck rules;
    private final transient EntryApiAccess access;
    private final transient EntryJson json;

    public EntryCheckServlet(EntryCheck rules, EntryApiAccess access, EntryJson json) {
        this.rules = rules;
        this.access = access;
        this.json = json;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String refusal = access.refusal(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (refusal != null) {
            log.warn("entry check refused (401): {}, from {}", refusal, request.getRemoteAddr());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, Map.of("error", "unauthorized", "reason", refusal));
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), request.getContentLengthLong(), MAX_BODY_BYTES);
        if (body == null) {
            answer(response, 413, Map.of("error", "too large", "reason", "the body is larger than "
                    + MAX_BODY_BYTES + " bytes"));
            return;
        }
        EntryJson.Request parsed;
        try {
            parsed = json.read(body);
        } catch (EntryRequestException e) {
            log.info("entry check refused (400): {}, from {}", e.getMessage(), request.getRemoteAddr());
            answer(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("error", "bad request", "field", e.field(),
                    "reason", e.reason()));
            return;
        }
        List<List<EntryFinding>> findings;
        try {
            findings = rules.checkAll(parsed.entries());
        } catch (SkuCatalogueUnavailableException e) {
            // Not the caller's fault and nothing it sent is lost: the form may save unchecked or retry later.
            log.error("entry check unavailable (503): {}", e.getMessage());
            answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, Map.of("error", "unavailable", "reason",
                    "the SKU master cannot be read now; see the job-report log"));
            return;
        }
        List<EntryCheckResult> results = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            results.add(EntryCheckResult.of(parsed.entries().get(i).entryId(), findings.get(i)));
        }
        answer(response, HttpServletResponse.SC_OK, parsed.batch() ? Map.of("results", results) : results.get(0));
    }

    /** The answer as one JSON body with its length, so a keep-alive connection needs no chunked encoding. */
    private static void answer(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * The whole body, or {@code null} when it is (or is declared) longer than {@code limit}. A declared length is read
     * into an array of exactly that size (a chunked body, {@code declaredLength} -1, into 8 KB pieces): one small
     * array per check instead of an 8 KB buffer and a copy.
     */
    static byte[] readAtMost(InputStream in, long declaredLength, int limit) throws IOException {
        if (declaredLength > limit) {
            return null;
        }
        byte[] read = in.readNBytes(declaredLength >= 0 ? (int) declaredLength : limit + 1);
        return read.length > limit ? null : read;
    }
}
