package io.orderhub.report.download;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report downloads ({@code oms.report.downloads.*}): how links are minted and who may download.
 *
 * @param baseUrl      where people reach job-report's HTTP port (usually through a TLS proxy); links are this plus
 *                     {@code /reports/<name>?expires=…&sig=…}
 * @param linkLifetime how long a minted link works
 * @param signingKey   reference ({@code env:NAME}) to the HMAC-SHA256 key that signs links; required
 * @param bearerToken  reference ({@code env:NAME}) to the token accepted as {@code Authorization: Bearer …};
 *                     empty = bearer tokens are not accepted (signed links only)
 */
@ConfigurationProperties("oms.report.downloads")
public record DownloadProperties(
        @DefaultValue("http://127.0.0.1:8083/") URI baseUrl,
        @DefaultValue("7d") Duration linkLifetime,
        @DefaultValue("env:OMS_SECRET_REPORT_LINK_KEY") String signingKey,
        String bearerToken) {

    public static final String SIGNING_KEY = "oms.report.downloads.signing-key";
    public static final String BEARER_TOKEN = "oms.report.downloads.bearer-token";
    static final Duration MAX_LINK_LIFETIME = Duration.ofDays(90);

    public DownloadProperties {
        if (baseUrl == null || !baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("oms.report.downloads.base-url must be an http(s) URL without query or"
                    + " fragment, such as https://reports.example.com/ (was " + baseUrl + ")");
        }
        if (linkLifetime == null || linkLifetime.compareTo(Duration.ofMinutes(1)) < 0
                || linkLifetime.compareTo(MAX_LINK_LIFETIME) > 0) {
            throw new IllegalArgumentException("oms.report.downloads.link-lifetime must be between 1m and 90d (was "
                    + linkLifetime + ")");
        }
    }

    public boolean bearerTokenEnabled() {
        return bearerToken != null && !bearerToken.isBlank();
    }
}
