package io.orderhub.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source whose connections time every statement execution and every commit into {@link StatementTimings},
 * by {@link StatementKind} of the SQL. JDK proxies around {@link Connection}, {@link PreparedStatement} and
 * {@link Statement}; everything else goes straight to the real objects. For measuring only: the proxies cost a
 * reflective call per JDBC method, which is client time and not counted.
 */
final class TimedDataSource extends DelegatingDataSource {

    private final StatementTimings timings;

    TimedDataSource(DataSource target, StatementTimings timings) {
        super(target);
        this.timings = timings;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return timedConnection(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return timedConnection(obtainTargetDataSource().getConnection(username, password));
    }

    private Connection timedConnection(Connection connection) {
        return proxy(Connection.class, (proxy, method, args) -> switch (method.getName()) {
            case "prepareStatement" -> proxy(PreparedStatement.class,
                    timedExecutions(call(connection, method, args), StatementKind.of((String) args[0])));
            case "createStatement" -> proxy(Statement.class, timedExecutions(call(connection, method, args), null));
            case "commit" -> timed(StatementKind.COMMIT, connection, method, args);
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> call(connection, method, args);
        });
    }

    /**
     * Times the {@code execute*} methods of a statement. A plain {@link Statement} gets its SQL with the execution,
     * so {@code kind} is null and the kind is told then.
     */
    private InvocationHandler timedExecutions(Statement statement, StatementKind kind) {
        return (proxy, method, args) -> {
            if (!method.getName().startsWith("execute")) {
                return call(statement, method, args);
            }
            StatementKind executed = kind != null ? kind
                    : args != null && args.length > 0 && args[0] instanceof String sql ? StatementKind.of(sql)
                    : StatementKind.OTHER;
            return timed(executed, statement, method, args);
        };
    }

    private Object timed(StatementKind kind, Object target, Method method, Object[] args) throws Throwable {
        long started = System.nanoTime();
        try {
            return call(target, method, args);
        } finally {
            timings.record(kind, System.nanoTime() - started);
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(TimedDataSource.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    @SuppressWarnings("unchecked")
    private static <T> T call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return (T) method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
