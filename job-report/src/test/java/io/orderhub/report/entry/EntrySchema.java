package io.orderhub.report.entry;

import io.orderhub.common.testing.TestDatabase;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A migrated MariaDB schema of its own for one test class (the session zone from OMS_TEST_DB_TIME_ZONE, as every
 * integration test), with the JDBC and transaction helpers the entry classes take.
 */
public record EntrySchema(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transactions) {

    public static EntrySchema fresh() {
        Map<String, Object> properties = TestDatabase.get().freshSchemaProperties();
        return migrated(new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password")));
    }

    /** The embedded default database of the apps: H2 in MySQL mode, in memory. */
    public static EntrySchema freshH2() {
        return migrated(new DriverManagerDataSource("jdbc:h2:mem:entries_" + UUID.randomUUID().toString()
                .replace("-", "") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                + "DB_CLOSE_DELAY=-1", "sa", ""));
    }

    private static EntrySchema migrated(DriverManagerDataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new EntrySchema(dataSource, new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    public int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
