package io.orderhub.report.download;

import io.orderhub.common.secret.SecretPolicy;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.report.retention.ReportRetention;
import io.orderhub.report.store.DirectoryReportStore;
import io.orderhub.report.store.ReportStore;
import io.orderhub.report.store.ReportStoreProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report store, its retention and the downloads. The signing key is required in every mode (links are minted by
 * jobs, also in run-once mode): a missing or weak key, or a weak bearer token when one is configured, fails the
 * start-up naming the property.
 */
@Configuration
@EnableConfigurationProperties({ReportStoreProperties.class, DownloadProperties.class})
public class ReportDownloadsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportDownloadsConfiguration.class);

    @Bean
    ReportStore reportStore(ReportStoreProperties properties) {
        try {
            return new DirectoryReportStore(Path.of(properties.directory()));
        } catch (IOException e) {
            throw new IllegalStateException("oms.report.directory: cannot create or open " + properties.directory()
                    + " (" + e + ")", e);
        }
    }

    @Bean
    ReportRetention reportRetention(ReportStore store, ReportStoreProperties properties, Clock clock) {
        return new ReportRetention(store, properties.retention(), clock);
    }

    @Bean
    SignedLinks signedLinks(DownloadProperties properties, SecretResolver secrets, Clock clock) {
        String key = secrets.resolve(properties.signingKey(), DownloadProperties.SIGNING_KEY);
        SecretPolicy.check(DownloadProperties.SIGNING_KEY, key);
        return new SignedLinks(key.getBytes(StandardCharsets.UTF_8), properties.baseUrl(), properties.linkLifetime(),
                clock);
    }

    @Bean
    DownloadAccess downloadAccess(SignedLinks links, DownloadProperties properties, SecretResolver secrets) {
        if (!properties.bearerTokenEnabled()) {
            log.info("report downloads: signed links only ({} is not set)", DownloadProperties.BEARER_TOKEN);
            return new DownloadAccess(links, null);
        }
        String token = secrets.resolve(properties.bearerToken(), DownloadProperties.BEARER_TOKEN);
        SecretPolicy.check(DownloadProperties.BEARER_TOKEN, token);
        return new DownloadAccess(links, token);
    }

    /**
     * Tomcat answers a path with an encoded slash ({@code %2F}) or backslash with 400 before any controller sees it,
     * or decodes it into a separator; passed through, {@code /reports/..%2Fx} reaches the download as the name
     * {@code ../x}, which the name rule refuses (404, logged) like every other name that is not a report's.
     */
    @Bean
    @ConditionalOnWebApplication
    TomcatConnectorCustomizer encodedSeparatorsStayInTheirSegment() {
        return connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        };
    }
}
