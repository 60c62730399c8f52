package io.orderhub.common.alert;

import io.orderhub.common.config.OmsCommonAutoConfiguration;
import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.http.HttpClientSettings;
import io.orderhub.common.secret.SecretResolver;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Alerting for every executor app: the {@link AlertSink} watchers post to (always present: alerts are recorded
 * even before any receiver is configured) and the {@link AlertDispatcher} the {@code alertDispatch} job runs.
 * With no {@code oms.alert.receivers} the dispatcher sends nothing. Runs after the mail auto-configuration, whose
 * {@link JavaMailSender} (from {@code spring.mail.host}) e-mail receivers need.
 */
@AutoConfiguration(after = OmsCommonAutoConfiguration.class,
        afterName = "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration")
@EnableConfigurationProperties(AlertProperties.class)
public class AlertAutoConfiguration {

    /** Robots answer with a short JSON status; a megabyte is not a reply. */
    static final long NOTIFIER_REPLY_MAX_BYTES = 1024 * 1024;

    @Bean
    AlertStore alertStore(JdbcTemplate jdbc) {
        return new AlertStore(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean(AlertSink.class)
    DbAlertSink alertSink(AlertStore store, Clock clock) {
        return new DbAlertSink(store, clock);
    }

    @Bean
    AlertSilences alertSilences(JdbcTemplate jdbc, Clock clock) {
        return new AlertSilences(jdbc, clock);
    }

    @Bean
    AlertReceivers alertReceivers(AlertProperties properties, SecretResolver secrets, HttpClientFactory http,
            ObjectProvider<JavaMailSender> mail, Clock clock) {
        // Robots answer within a second or two; a stuck one must not hold the receiver's lease for long.
        OkHttpClient notifiers = http.newClient(HttpClientSettings.named("alert-notifiers")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20))
                .withMaxResponseBytes(NOTIFIER_REPLY_MAX_BYTES));
        return AlertReceivers.create(properties, secrets, notifiers, mail.getIfAvailable(), clock);
    }

    @Bean
    AlertDispatcher alertDispatcher(AlertProperties properties, AlertStore store, AlertSilences silences,
            AlertReceivers receivers, AlertSink sink, Clock clock) {
        return new AlertDispatcher(properties, store, silences, receivers, sink, clock, holderId());
    }

    /** Who holds a receiver's lease: host, process and a random part (two contexts in one JVM differ too). */
    static String holderId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String id = host + "/" + ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 128 ? id : id.substring(id.length() - 128);
    }
}
