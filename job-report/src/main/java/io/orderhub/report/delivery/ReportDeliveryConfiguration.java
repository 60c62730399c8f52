package io.orderhub.report.delivery;

import io.orderhub.common.alert.AlertReceivers;
import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.http.HttpClientSettings;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.report.download.SignedLinks;
import io.orderhub.report.health.HealthReportDelivery;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The delivery of report summaries: receivers from {@code oms.report.delivery.receivers} (secrets resolved at
 * start-up, so a missing variable fails the start naming the property), their own HTTP client, and the summary
 * template.
 */
@Configuration
@EnableConfigurationProperties(ReportDeliveryProperties.class)
public class ReportDeliveryConfiguration {

    /** Robots answer with a short JSON status. */
    static final long REPLY_MAX_BYTES = 1024 * 1024;

    @Bean
    HealthReportDelivery healthReportDelivery(ReportDeliveryProperties properties, SecretResolver secrets,
            HttpClientFactory http, ObjectProvider<JavaMailSender> mail, SignedLinks links, Clock clock) {
        AlertReceivers receivers = AlertReceivers.create(ReportDeliveryProperties.RECEIVERS, properties.receivers(),
                properties.emailFrom(), secrets, http.newClient(HttpClientSettings.named("report-delivery")
                        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20))
                        .withMaxResponseBytes(REPLY_MAX_BYTES)),
                mail.getIfAvailable(), clock);
        return new ReceiverDelivery(receivers, new SummaryMessage(summaryTemplates()), links);
    }

    /** The summary's own engine: the web's view resolver is absent in run-once mode, which also delivers. */
    static TemplateEngine summaryTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/delivery/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
