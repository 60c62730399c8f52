package io.orderhub.report.entry.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.secret.SecretResolver;
import io.orderhub.report.entry.EntryCheck;
import io.orderhub.report.entry.rule.EntryRulesProperties;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

class EntryCheckApiConfigurationTest {

    @Configuration
    @EnableConfigurationProperties(EntryRulesProperties.class)
    static class Secrets {

        @Bean
        SecretResolver secretResolver(Environment environment) {
            return new SecretResolver(environment);
        }

        @Bean
        EntryCheck noFindings() {
            return entry -> List.of();
        }
    }

    final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withUserConfiguration(Secrets.class, EntryCheckApiConfiguration.class);

    @Test
    void theApiIsOffUnlessEnabled() {
        context.run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(EntryApiAccess.class)
                .doesNotHaveBean("entryCheckServlet"));
    }

    @Test
    void enabledWithoutATokenRefusesStartUpNamingTheKey() {
        context.withPropertyValues("oms.entries.api.enabled=true")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("oms.entries.api.bearer-token")
                        .hasMessageContaining("OMS_SECRET_ENTRIES_API_TOKEN is not set"));
    }

    @Test
    void aShortTokenRefusesStartUpWithoutShowingIt() {
        context.withPropertyValues("oms.entries.api.enabled=true", "OMS_SECRET_ENTRIES_API_TOKEN=s3cr3t-short")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("oms.entries.api.bearer-token is shorter than 32 characters")
                        .hasMessageNotContaining("s3cr3t-short"));
    }

    @Test
    void aStrongTokenEnablesTheApi() {
        context.withPropertyValues("oms.entries.api.enabled=true",
                        "OMS_SECRET_ENTRIES_API_TOKEN=5b0e9c2d7f4a18e6c3b9d0a7f2e5c8b1")
                .run(started -> {
                    assertThat(started).hasSingleBean(EntryApiAccess.class).hasBean("entryCheckServlet");
                    EntryApiAccess access = started.getBean(EntryApiAccess.class);
                    assertThat(access.refusal("Bearer 5b0e9c2d7f4a18e6c3b9d0a7f2e5c8b1")).isNull();
                    assertThat(access.refusal("bearer 5b0e9c2d7f4a18e6c3b9d0a7f2e5c8b1 ")).isNull();
                    assertThat(access.refusal("Bearer 5b0e9c2d7f4a18e6c3b9d0a7f2e5c8b")).isEqualTo("wrong bearer token");
                    assertThat(access.refusal(null)).isEqualTo("no bearer token");
                });
    }
}
