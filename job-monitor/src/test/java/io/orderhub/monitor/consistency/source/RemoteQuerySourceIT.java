package io.orderhub.monitor.consistency.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.job.JobFailure;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.common.testing.TestDatabase;
import io.orderhub.monitor.JobMonitorApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A source on another database (a schema of its own, reached through its own URL and connection, as another server
 * would be): streamed into staging, bad rows kept by row number and field, the password taken from its reference.
 */
@SpringBootTest(classes = JobMonitorApplication.class)
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class RemoteQuerySourceIT {

    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    final List<String> log = new ArrayList<>();
    String remoteUrl;

    @BeforeEach
    void remoteLedger() throws Exception {
        jdbc.update("DELETE FROM cc_ledger_entry");
        jdbc.update("DELETE FROM cc_rejected_row");
        remoteUrl = (String) TestDatabase.get().freshSchemaProperties().get("spring.datasource.url");
        try (Connection connection = DriverManager.getConnection(remoteUrl, TestDatabase.get().user(),
                TestDatabase.get().password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bill (ch VARCHAR(16), tid VARCHAR(64), no VARCHAR(64), kind VARCHAR(8),"
                    + " amount DECIMAL(14,3), at DATETIME)");
            statement.execute("INSERT INTO bill VALUES ('JD', '7001', 'P1', 'PAYMENT', 19.900, '2026-11-25 09:00:00'),"
                    + " ('JD', '7002', 'P2', 'PAYMENT', 5.005, '2026-11-25 09:01:00'),"
                    + " ('TAOBAO', '7003', 'R3', 'REFUND', 3.000, NULL)");
        }
        jdbc.update("INSERT INTO cc_ledger_entry (order_no, entry_no, channel, platform_order_id, kind, amount,"
                + " booked_at) VALUES ('JD_OLD', 'X', 'JD', '_OLD', 'PAYMENT', 1.00, ?)", LocalDateTime.now());
    }

    RemoteQuerySource source(String passwordRef, MockEnvironment environment) {
        return new RemoteQuerySource(jdbc, new TransactionTemplate(transactions), new SecretResolver(environment),
                Map.of(SourceKind.LEDGER_ENTRY, new RemoteQuerySource.Remote(remoteUrl, TestDatabase.get().user(),
                        passwordRef, "SELECT ch AS channel, tid AS platform_order_id, no AS entry_no, kind, amount,"
                        + " at AS booked_at FROM bill ORDER BY no")),
                new MutableClock(LocalDateTime.of(2026, 11, 25, 10, 30).atZone(GMT8).toInstant(), GMT8));
    }

    @Test
    void rowsAreStreamedIntoStagingReplacingItAndBadOnesAreKeptByRowAndField() {
        MockEnvironment environment = new MockEnvironment().withProperty("OMS_SECRET_LEDGER_DB",
                TestDatabase.get().password().isEmpty() ? " " : TestDatabase.get().password());
        RemoteQuerySource source = source(TestDatabase.get().password().isEmpty() ? null : "env:OMS_SECRET_LEDGER_DB",
                environment);

        source.refresh((pattern, args) -> log.add(MessageFormatter.arrayFormat(pattern, args).getMessage()));

        assertThat(jdbc.queryForList("SELECT CONCAT(order_no, ' ', amount) FROM cc_ledger_entry", String.class))
                .containsExactly("JD7001 19.90");
        assertThat(jdbc.queryForList("SELECT CONCAT(file_name, ' ', line_no, ' ', field, ': ', reason)"
                + " FROM cc_rejected_row ORDER BY line_no", String.class)).containsExactly(
                "remote 2 amount: more than two decimals (yuan to the fen)",
                "remote 3 booked_at: required value missing");
        assertThat(log).containsExactly("source ledger-entry (remote query): 1 row(s) staged, 2 rejected"
                + " (cc_rejected_row, origin remote)");
    }

    @Test
    void anUnreachableServerFailsTheRunNamingTheSourceAndKeepsTheStagedRows() {
        RemoteQuerySource source = new RemoteQuerySource(jdbc, new TransactionTemplate(transactions),
                new SecretResolver(new MockEnvironment()), Map.of(SourceKind.LEDGER_ENTRY,
                new RemoteQuerySource.Remote("jdbc:mariadb://127.0.0.1:1/none?connectTimeout=500", "u", null,
                        "SELECT 1")), new MutableClock(LocalDateTime.of(2026, 11, 25, 10, 30).atZone(GMT8)
                .toInstant(), GMT8));

        assertThatThrownBy(() -> source.refresh((pattern, args) -> { })).isInstanceOf(JobFailure.class)
                .hasMessageStartingWith("source ledger-entry (remote query): ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cc_ledger_entry", Integer.class)).isEqualTo(1);
    }
}
