package io.orderhub.report.delivery;

import io.orderhub.common.alert.AlertProperties;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who gets a report's summary ({@code oms.report.delivery.*}). Receivers have the alerting receivers' shape
 * ({@code oms.alert.receivers}: type email/dingtalk/wecom/feishu/webhook, url and secret as {@code env:NAME}
 * references, to, from) and are checked by the same rules, naming {@code oms.report.delivery.receivers.<name>…}.
 * Rate limits and fallbacks are the dispatcher's and do not apply: every receiver gets each summary once.
 *
 * @param receivers the receivers by name; none = summaries are not sent
 * @param emailFrom From of e-mail receivers that give none
 */
@Validated
@ConfigurationProperties("oms.report.delivery")
public record ReportDeliveryProperties(
        Map<String, AlertProperties.@Valid Receiver> receivers,
        @DefaultValue("order-hub-reports@localhost") String emailFrom) {

    public static final String RECEIVERS = "oms.report.delivery.receivers";

    public ReportDeliveryProperties {
        receivers = receivers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(receivers));
        List<String> problems = AlertProperties.receiverProblems(RECEIVERS, receivers);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }
}
