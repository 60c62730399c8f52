package io.orderhub.monitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.alert.AlertProperties;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.common.testing.DocumentedVariables;
import io.orderhub.common.testing.StartedWithVariables;
import io.orderhub.monitor.JobMonitorApplication;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

/**
 * The monitor executor started with the variables README.md and docs/alerting.md tell operators to set, and the
 * robot receivers of docs/alerting.md's example, which reference their URLs and secrets as {@code env:}. The
 * process environment is replaced by a {@link SystemEnvironmentPropertySource} under the same name, so Spring applies
 * the same relaxed binding to it as to real variables: a variable named like a property would set that property.
 */
class DocumentedEnvironmentStartupIT {

    @Test
    void startsWithTheDocumentedReceiversAndEveryReferenceStaysAReferenceResolvedFromItsVariable() {
        Map<String, Object> variables = new HashMap<>(DocumentedVariables.fromDocs(Path.of("..")));
        variables.put("OMS_XXL_ACCESS_TOKEN", "documented-token-0123456789abcdef");
        variables.put("OMS_XXL_BIND_ADDRESS", "127.0.0.1");
        variables.put("OMS_XXL_PORT", String.valueOf(TestSocketUtils.findAvailableTcpPort()));
        variables.put("OMS_XXL_LOG_PATH", "target/xxl-job-logs/documented-environment");
        variables.put("OMS_ALERT_DEFAULT_RECEIVER", "ops-ding");

        try (ConfigurableApplicationContext context = StartedWithVariables.start(JobMonitorApplication.class, variables,
                "--oms.alert.receivers.ops-ding.type=dingtalk",
                "--oms.alert.receivers.ops-ding.url=env:OMS_ALERT_DING_URL",
                "--oms.alert.receivers.ops-ding.secret=env:OMS_ALERT_DING_SECRET",
                "--oms.alert.receivers.ops-wecom.type=wecom",
                "--oms.alert.receivers.ops-wecom.url=env:OMS_ALERT_WECOM_URL",
                "--oms.alert.receivers.ops-lark.type=feishu",
                "--oms.alert.receivers.ops-lark.url=env:OMS_ALERT_LARK_URL",
                "--oms.alert.receivers.ops-lark.secret=env:OMS_ALERT_LARK_SECRET")) {
            AlertProperties alerts = context.getBean(AlertProperties.class);
            SecretResolver secrets = context.getBean(SecretResolver.class);
            assertThat(alerts.defaultReceiver()).isEqualTo("ops-ding");
            AlertProperties.Receiver ding = alerts.receivers().get("ops-ding");
            assertThat(ding.url()).isEqualTo("env:OMS_ALERT_DING_URL");
            assertThat(secrets.resolve(ding.url(), "test")).isEqualTo(variables.get("OMS_ALERT_DING_URL"));
            assertThat(secrets.resolve(alerts.receivers().get("ops-lark").secret(), "test"))
                    .isEqualTo(variables.get("OMS_ALERT_LARK_SECRET"));
            DocumentedVariables.assertNoneBound(context);
        }
    }
}
