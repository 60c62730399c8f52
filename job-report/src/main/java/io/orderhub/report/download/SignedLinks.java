package io.orderhub.report.download;

import io.orderhub.report.store.ReportNames;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Expiring signed links to reports: {@code <base>/reports/<name>?expires=<epoch seconds>&sig=<hex>}, where
 * {@code sig} is HMAC-SHA256 over {@code <path> "\n" <expires>} with the configured key. The path signed is the
 * app's own ({@code /reports/<name>}), so a proxy may mount the app under a prefix of the base URL. Anyone holding a
 * link can download that one file until it expires; changing the name or the expiry breaks the signature.
 */
public class SignedLinks {

    public static final String INDEX_PATH = "/reports/";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern EPOCH_SECONDS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final String base;
    private final Duration lifetime;
    private final Clock clock;

    public SignedLinks(byte[] key, URI baseUrl, Duration lifetime, Clock clock) {
        this.key = new SecretKeySpec(key, ALGORITHM);
        String url = baseUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The app's path of a report. */
    public static String pathOf(String reportName) {
        return INDEX_PATH + reportName;
    }

    /** An absolute link to the report, valid for the configured lifetime from now. */
    public URI linkTo(String reportName) {
        return URI.create(base + relativeLinkTo(reportName));
    }

    /** An absolute link to the index page, valid for the configured lifetime from now. */
    public URI linkToIndex() {
        return URI.create(base + signed(INDEX_PATH));
    }

    /** Path and query of a link to the report (for the index page, whatever host it was reached by). */
    public String relativeLinkTo(String reportName) {
        return signed(pathOf(ReportNames.require(reportName)));
    }

    public Duration lifetime() {
        return lifetime;
    }

    /**
     * Checks a link's query against the path it was requested for. The signature is checked first (in constant
     * time), so a changed expiry reads as a bad signature, not as an expired link.
     */
    public LinkCheck check(String path, String expires, String signature) {
        if (expires == null || signature == null || !EPOCH_SECONDS.matcher(expires).matches()
                || !HEX_SHA256.matcher(signature).matches()) {
            return LinkCheck.MALFORMED;
        }
        long expiresAt = Long.parseLong(expires);
        byte[] given = HEX.parseHex(signature);
        if (!MessageDigest.isEqual(sign(path, expiresAt), given)) {
            return LinkCheck.BAD_SIGNATURE;
        }
        return clock.instant().getEpochSecond() > expiresAt ? LinkCheck.EXPIRED : LinkCheck.VALID;
    }

    private String signed(String path) {
        long expiresAt = clock.instant().plus(lifetime).getEpochSecond();
        return path + "?expires=" + expiresAt + "&sig=" + HEX.formatHex(sign(path, expiresAt));
    }

    /** When a link with this {@code expires} value stops working. */
    static Instant expiryOf(String expires) {
        return Instant.ofEpochSecond(Long.parseLong(expires));
    }

    private byte[] sign(String path, long expiresAt) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal((path + "\n" + expiresAt).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable in this JVM", e);
        }
    }
}
