package io.orderhub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Executions and commits are counted under the kind of their SQL; the real objects still do the work. */
class TimedDataSourceTest {

    private final List<String> executed = new ArrayList<>();
    private final StatementTimings timings = new StatementTimings();
    private final TimedDataSource dataSource = new TimedDataSource(
            new SingleConnectionDataSource(fakeConnection(), true), timings);

    @Test
    void preparedStatementExecutionsCountUnderTheirSqlsKind() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            PreparedStatement lines = connection.prepareStatement("INSERT INTO order_line (order_no) VALUES (?)");
            lines.executeUpdate();
            lines.executeUpdate();
            connection.prepareStatement("DELETE FROM order_line WHERE order_no IN (?)").execute();
            connection.commit();
        }

        assertThat(timings.executions(StatementKind.LINE_INSERT)).isEqualTo(2);
        assertThat(timings.executions(StatementKind.CHILD_DELETE)).isEqualTo(1);
        assertThat(timings.executions(StatementKind.COMMIT)).isEqualTo(1);
        assertThat(executed).containsExactly("executeUpdate", "executeUpdate", "execute", "commit");
    }

    @Test
    void plainStatementsCountUnderTheSqlTheyExecute() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE shop_sync_lease SET expires_at = NOW()");
        }

        assertThat(timings.executions(StatementKind.LEASE_UPDATE)).isEqualTo(1);
    }

    @Test
    void aFailingStatementIsCountedAndItsSqlExceptionPassesThrough() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            PreparedStatement failing = connection.prepareStatement("INSERT INTO order_marketing (order_no) VALUES (?)");
            assertThatThrownBy(failing::executeQuery).isInstanceOf(SQLException.class).hasMessage("refused");
        }

        assertThat(timings.executions(StatementKind.MARKETING_INSERT)).isEqualTo(1);
    }

    /** A connection whose statements record the call and succeed, except {@code executeQuery}, which fails. */
    private Connection fakeConnection() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "prepareStatement", "createStatement" -> fakeStatement(
                            method.getName().equals("prepareStatement") ? PreparedStatement.class : Statement.class);
                    case "commit" -> {
                        executed.add("commit");
                        yield null;
                    }
                    case "isClosed", "getAutoCommit" -> false;
                    default -> null;
                });
    }

    private Object fakeStatement(Class<?> type) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "executeQuery" -> throw new SQLException("refused");
                    case "executeUpdate" -> {
                        executed.add("executeUpdate");
                        yield 1;
                    }
                    case "execute" -> {
                        executed.add("execute");
                        yield false;
                    }
                    default -> null;
                });
    }
}
