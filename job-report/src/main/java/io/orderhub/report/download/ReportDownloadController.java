package io.orderhub.report.download;

import io.orderhub.report.store.OpenReport;
import io.orderhub.report.store.ReportFile;
import io.orderhub.report.store.ReportNames;
import io.orderhub.report.store.ReportStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * job-report's HTTP face: the index page of stored reports ({@code GET /reports/}) and the downloads
 * ({@code GET /reports/<name>}), each with a bearer token or a signed link for exactly that path. Refusals are logged
 * with the reason and the path requested, never the query (it holds the signature) or the token. Every file is sent
 * as an attachment: a report's HTML is never rendered on this origin.
 */
@Controller
public class ReportDownloadController {

    private static final Logger log = LoggerFactory.getLogger(ReportDownloadController.class);
    private static final Map<String, MediaType> TYPES = Map.of(
            "html", new MediaType("text", "html", StandardCharsets.UTF_8),
            "csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
            "xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final ReportStore store;
    private final DownloadAccess access;
    private final SignedLinks links;

    public ReportDownloadController(ReportStore store, DownloadAccess access, SignedLinks links) {
        this.store = store;
        this.access = access;
        this.links = links;
    }

    @GetMapping({"/reports", SignedLinks.INDEX_PATH})
    public String index(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        AccessGrant grant = authorise(SignedLinks.INDEX_PATH, request);
        List<ReportFile> files = store.list();
        model.addAttribute("reports", files.stream().map(f -> IndexEntry.of(f, links.relativeLinkTo(f.name())))
                .toList());
        model.addAttribute("linkLifetime", readable(links.lifetime()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
        response.setHeader("Referrer-Policy", "no-referrer");
        // The page needs nothing but its own inline style: no script, frame, form or remote resource.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        log.info("report index served: {} report(s), by {} to {}", files.size(), grant, request.getRemoteAddr());
        return "downloads/index";
    }

    @GetMapping(SignedLinks.INDEX_PATH + "{name}")
    public ResponseEntity<InputStreamResource> download(@PathVariable String name, HttpServletRequest request)
            throws IOException {
        AccessGrant grant = authorise(SignedLinks.pathOf(name), request);
        Optional<String> invalid = ReportNames.problem(name);
        if (invalid.isPresent()) {
            log.warn("report download refused (404): the name {}; {} from {}", invalid.get(), request.getRequestURI(),
                    request.getRemoteAddr());
            return ResponseEntity.notFound().build();
        }
        Optional<OpenReport> report = store.open(name);
        if (report.isEmpty()) {
            log.info("report download: no report {} (404) for {}", name, request.getRemoteAddr());
            return ResponseEntity.notFound().build();
        }
        ReportFile file = report.get().file();
        log.info("report served: {} ({} bytes) by {} to {}", name, file.bytes(), grant, request.getRemoteAddr());
        return ResponseEntity.ok()
                .contentType(typeOf(name))
                .contentLength(file.bytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .body(new InputStreamResource(report.get().content()));
    }

    @ExceptionHandler(AccessRefused.class)
    public ResponseEntity<String> refused(AccessRefused refusal, HttpServletRequest request) {
        log.warn("report download refused (403): {}; {} from {}", refusal.getMessage(), request.getRequestURI(),
                request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_PLAIN)
                .body("Forbidden: " + refusal.getMessage() + ". Ask for a new link.\n");
    }

    static MediaType typeOf(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, MediaType.APPLICATION_OCTET_STREAM);
    }

    /** {@code 7d}, {@code 12h}, {@code 90m}: the way the property is written. */
    static String readable(Duration duration) {
        if (duration.toHours() % 24 == 0 && duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0) {
            return duration.toDays() + "d";
        }
        return duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0 ? duration.toHours() + "h"
                : duration.toMinutes() + "m";
    }

    private AccessGrant authorise(String path, HttpServletRequest request) {
        return access.check(path, request.getHeader(HttpHeaders.AUTHORIZATION), request.getParameter("expires"),
                request.getParameter("sig"));
    }
}
