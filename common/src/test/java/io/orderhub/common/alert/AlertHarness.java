package io.orderhub.common.alert;

import com.zaxxer.hikari.HikariDataSource;
import io.orderhub.common.alert.notify.Notifier;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.common.testing.TestDatabase;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.flywaydb.core.Flyway;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * The alerting parts on a database of their own (a fresh MariaDB schema, or a fresh H2 in MySQL mode), with all
 * migrations, a hand-moved clock, and configuration bound from {@code oms.alert.*} properties like the app's.
 */
final class AlertHarness implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");

    final HikariDataSource dataSource;
    final JdbcTemplate jdbc;
    final MutableClock clock = new MutableClock(T0);
    final AlertStore store;
    final DbAlertSink sink;
    final AlertSilences silences;
    final MockEnvironment environment = new MockEnvironment();
    final OkHttpClient http = new OkHttpClient();

    private AlertHarness(String url, String user, String password) {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(8);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        store = new AlertStore(jdbc);
        sink = new DbAlertSink(store, clock);
        silences = new AlertSilences(jdbc, clock);
    }

    static AlertHarness onMariaDb() {
        Map<String, Object> properties = TestDatabase.get().freshSchemaProperties();
        return new AlertHarness((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"), (String) properties.get("spring.datasource.password"));
    }

    static AlertHarness onH2() {
        return new AlertHarness("jdbc:h2:mem:alert_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** Binds {@code oms.alert.*} exactly as Spring Boot does for the application. */
    static AlertProperties properties(Map<String, String> config) {
        Map<String, String> prefixed = new LinkedHashMap<>();
        config.forEach((k, v) -> prefixed.put("oms.alert." + k, v));
        return new Binder(new MapConfigurationPropertySource(prefixed))
                .bindOrCreate("oms.alert", AlertProperties.class);
    }

    AlertDispatcher dispatcher(AlertProperties properties) {
        return dispatcher(properties, AlertReceivers.create(properties, new SecretResolver(environment), http, null, clock));
    }

    AlertDispatcher dispatcher(AlertProperties properties, Map<String, Notifier> notifiers) {
        return dispatcher(properties, new AlertReceivers(notifiers));
    }

    private AlertDispatcher dispatcher(AlertProperties properties, AlertReceivers receivers) {
        return new AlertDispatcher(properties, store, silences, receivers, sink, clock,
                "test-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
