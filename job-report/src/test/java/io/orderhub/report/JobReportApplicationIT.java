package io.orderhub.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.entry.EntryCheck;
import io.orderhub.report.entry.SkuMasterSource;
import io.orderhub.report.entry.report.EntryErrorReport;
import io.orderhub.report.entry.rule.EntryRules;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The app as deployed: the schema migrated on the embedded default database and its XXL-JOB executor up, answering
 * the admin only with the access token.
 */
@SpringBootTest
@ActiveProfiles("test")
class JobReportApplicationIT {

    static final String TOKEN = "report-executor-token-0123";
    static final int PORT = TestSocketUtils.findAvailableTcpPort();

    @DynamicPropertySource
    static void executorOn(DynamicPropertyRegistry registry) {
        registry.add("oms.xxl.enabled", () -> "true");
        registry.add("oms.xxl.access-token", () -> TOKEN);
        registry.add("oms.xxl.port", () -> PORT);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void startsWithTheSchemaMigrated() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unified_order", Integer.class)).isZero();
    }

    @Test
    void theEntryReportChecksWithTheOneEntryRulesBeanOverTheOneSkuMasterSource() {
        assertThat(context.getBeansOfType(EntryCheck.class).values()).singleElement().isInstanceOf(EntryRules.class);
        assertThat(context.getBeansOfType(SkuMasterSource.class)).hasSize(1);
        assertThat(context.getBeansOfType(EntryErrorReport.class)).hasSize(1);
    }

    @Test
    void executorAnswersTheAdminWithTheTokenAndRefusesOthers() throws Exception {
        assertThat(beat(TOKEN)).contains("\"code\":200");
        assertThat(beat("wrong-token-wrong-token")).contains("The access token is wrong");
    }

    private static String beat(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/beat"))
                .header("XXL-JOB-ACCESS-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
