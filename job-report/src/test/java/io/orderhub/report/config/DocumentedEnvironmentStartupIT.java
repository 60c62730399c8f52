package io.orderhub.report.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testing.DocumentedVariables;
import io.orderhub.common.testing.StartedWithVariables;
import io.orderhub.report.JobReportApplication;
import io.orderhub.report.download.AccessGrant;
import io.orderhub.report.download.DownloadAccess;
import io.orderhub.report.download.LinkCheck;
import io.orderhub.report.download.SignedLinks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

/**
 * The report executor started with the variables README.md and docs/reports.md tell operators to set (the process
 * environment replaced, with Spring's relaxed binding applied to it as to real variables): the link key and the
 * bearer token are read from their {@code OMS_SECRET_…} variables, and no property takes a secret's value.
 */
class DocumentedEnvironmentStartupIT {

    @Test
    void startsWithTheDocumentedVariablesAndReadsTheDownloadSecretsFromThem() {
        Map<String, Object> variables = new HashMap<>(DocumentedVariables.fromDocs(Path.of("..")));
        variables.put("OMS_XXL_ACCESS_TOKEN", "documented-token-0123456789abcdef");
        variables.put("OMS_XXL_BIND_ADDRESS", "127.0.0.1");
        variables.put("OMS_XXL_PORT", String.valueOf(TestSocketUtils.findAvailableTcpPort()));
        variables.put("OMS_XXL_LOG_PATH", "target/xxl-job-logs/documented-environment");
        variables.put("OMS_REPORT_DIRECTORY", "target/documented-environment-reports");
        variables.put("OMS_REPORT_BEARER_TOKEN_REF", "env:OMS_SECRET_REPORT_TOKEN");

        try (ConfigurableApplicationContext context = StartedWithVariables.start(JobReportApplication.class, variables,
                "--oms.report.downloads.signing-key=env:OMS_SECRET_REPORT_LINK_KEY")) {
            String key = (String) variables.get("OMS_SECRET_REPORT_LINK_KEY");
            String token = (String) variables.get("OMS_SECRET_REPORT_TOKEN");
            SignedLinks sameKey = new SignedLinks(key.getBytes(StandardCharsets.UTF_8), URI.create("http://x/"),
                    Duration.ofHours(1), Clock.systemUTC());
            String link = sameKey.relativeLinkTo("a.csv");
            String expires = link.substring(link.indexOf("expires=") + 8, link.indexOf('&'));
            String sig = link.substring(link.indexOf("sig=") + 4);

            assertThat(context.getBean(SignedLinks.class).check("/reports/a.csv", expires, sig))
                    .isEqualTo(LinkCheck.VALID);
            assertThat(context.getBean(DownloadAccess.class).check("/reports/a.csv", "Bearer " + token, null, null))
                    .isEqualTo(AccessGrant.BEARER_TOKEN);
            DocumentedVariables.assertNoneBound(context);
        }
    }
}
