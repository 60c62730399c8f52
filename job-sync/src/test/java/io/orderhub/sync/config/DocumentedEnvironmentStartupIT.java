package io.orderhub.sync.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.executor.ExecutorProperties;
import io.orderhub.common.secret.MissingSecretException;
import io.orderhub.common.testing.DocumentedVariables;
import io.orderhub.common.testing.StartedWithVariables;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.events.OrderEventsProperties;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

/**
 * The executor started with the environment variables exactly as README.md and docs/order-events.md tell operators
 * to set them. The process environment is replaced by a {@link SystemEnvironmentPropertySource} under the same
 * name, so Spring applies the same relaxed binding to it as to real variables (the trap of issue 21.1: a variable
 * named like a property sets that property).
 */
class DocumentedEnvironmentStartupIT {

    @Test
    void startsWithEveryDocumentedVariableSetAsTheDocsSay() {
        Map<String, Object> variables = documentedVariables();
        try (ConfigurableApplicationContext context = StartedWithVariables.start(JobSyncApplication.class, variables)) {
            // Each variable reached its setting (values unlike the defaults, so an ignored variable shows).
            OrderEventsProperties events = context.getBean(OrderEventsProperties.class);
            assertThat(events.enabled()).isTrue();
            assertThat(events.rabbit().host()).isEqualTo("localhost");
            assertThat(events.rabbit().port()).isEqualTo(5673);
            assertThat(events.rabbit().username()).isEqualTo("oms-publisher");
            assertThat(events.rabbit().virtualHost()).isEqualTo("/oms");
            assertThat(events.rabbit().password()).isEqualTo("env:OMS_SECRET_EVENTS_RABBIT_PASSWORD");
            ExecutorProperties executor = context.getBean(ExecutorProperties.class);
            assertThat(executor.adminAddresses()).isEqualTo(variables.get("OMS_XXL_ADMIN_ADDRESSES"));
            assertThat(executor.accessToken()).isEqualTo(variables.get("OMS_XXL_ACCESS_TOKEN"));
            assertThat(executor.port()).isEqualTo(Integer.parseInt((String) variables.get("OMS_XXL_PORT")));
            assertThat(executor.logPath()).isEqualTo(variables.get("OMS_XXL_LOG_PATH"));
            // No documented secret variable (payment keys, shop tokens, …) set a property by its relaxed name.
            DocumentedVariables.assertNoneBound(context);
        }
    }

    @Test
    void secretInAVariableNamedLikeThePropertyFailsNamingTheVariable() {
        Map<String, Object> variables = documentedVariables();
        variables.put("OMS_EVENTS_RABBIT_PASSWORD", "guest");

        assertThatThrownBy(() -> StartedWithVariables.start(JobSyncApplication.class, variables).close())
                .rootCause()
                .isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("oms.events.rabbit.password")
                .hasMessageContaining("environment variable OMS_EVENTS_RABBIT_PASSWORD sets this property itself")
                .hasMessageNotContaining("guest");
    }

    /** Every variable the docs list for job-sync, set the way they show (secrets in OMS_SECRET_… variables). */
    private static Map<String, Object> documentedVariables() {
        Map<String, Object> variables = new HashMap<>(DocumentedVariables.fromDocs(Path.of("..")));
        variables.put("OMS_XXL_ADMIN_ADDRESSES",
                "http://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort() + "/xxl-job-admin");
        variables.put("OMS_XXL_ACCESS_TOKEN", "documented-token-0123456789abcdef");
        variables.put("OMS_XXL_BIND_ADDRESS", "127.0.0.1");
        variables.put("OMS_XXL_PORT", String.valueOf(TestSocketUtils.findAvailableTcpPort()));
        variables.put("OMS_XXL_LOG_PATH", "target/xxl-job-logs/documented-environment");
        variables.put("OMS_HTTP_BIND_ADDRESS", "127.0.0.1");
        variables.put("OMS_HTTP_PORT", "0");
        variables.put("OMS_EVENTS_ENABLED", "true");
        variables.put("OMS_EVENTS_RABBIT_HOST", "localhost");
        variables.put("OMS_EVENTS_RABBIT_PORT", "5673");
        variables.put("OMS_EVENTS_RABBIT_USERNAME", "oms-publisher");
        variables.put("OMS_EVENTS_RABBIT_VHOST", "/oms");
        variables.put("OMS_SECRET_EVENTS_RABBIT_PASSWORD", "guest");
        return variables;
    }
}
