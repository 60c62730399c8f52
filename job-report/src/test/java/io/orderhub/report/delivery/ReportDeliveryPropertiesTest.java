package io.orderhub.report.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Report receivers are checked by the alerting receivers' rules, each problem naming its report property. */
class ReportDeliveryPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(ReportDeliveryProperties.class)
    static class Delivery {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Delivery.class);

    @Test
    void noReceiversIsValidAndSendsNothing() {
        context.run(started -> assertThat(started.getBean(ReportDeliveryProperties.class).receivers()).isEmpty());
    }

    @Test
    void aRobotUrlGivenLiterallyRefusesTheStartNamingTheReportProperty() {
        context.withPropertyValues("oms.report.delivery.receivers.ding.type=dingtalk",
                        "oms.report.delivery.receivers.ding.url=https://oapi.dingtalk.com/robot/send?access_token=abc")
                .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining(
                        "oms.report.delivery.receivers.ding.url: must be a reference like 'env:NAME'"));
    }

    @Test
    void aMailReceiverWithoutRecipientsRefusesTheStartNamingTheReportProperty() {
        context.withPropertyValues("oms.report.delivery.receivers.managers.type=email")
                .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining(
                        "oms.report.delivery.receivers.managers.to: at least one address is required"));
    }
}
