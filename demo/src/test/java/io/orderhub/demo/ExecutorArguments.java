package io.orderhub.demo;

import io.orderhub.common.testing.TestDatabase;
import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The command-line arguments of a demo.jar executor syncing an in-test sandbox into a MariaDB schema of its own. */
final class ExecutorArguments {

    private ExecutorArguments() {
    }

    /** A fresh MariaDB schema (dropped at JVM exit) as Spring datasource properties. */
    static Map<String, String> freshSchema() {
        Map<String, String> database = new TreeMap<>();
        TestDatabase.get().freshSchemaProperties().forEach((key, value) -> database.put(key, String.valueOf(value)));
        return database;
    }

    static JdbcTemplate jdbc(Map<String, String> database) {
        return new JdbcTemplate(new DriverManagerDataSource(database.get("spring.datasource.url"),
                database.get("spring.datasource.username"), database.get("spring.datasource.password")));
    }

    /**
     * The sandbox's shops registered from one day back, the given lease TTL, no settle delay, no order events, and
     * every channel paced at {@code ratePerSecond} with {@code burst}.
     */
    static List<String> forSandbox(ChannelSandbox sandbox, Map<String, String> database, Duration leaseTtl,
            int ratePerSecond, int burst) {
        List<String> arguments = new ArrayList<>(List.of(
                "--oms.sandbox.url=" + sandbox.url(), "--oms.sandbox.sync-from-days=1",
                "--spring.datasource.url=" + database.get("spring.datasource.url"),
                "--spring.datasource.username=" + database.get("spring.datasource.username"),
                "--spring.datasource.password=" + database.get("spring.datasource.password"),
                "--oms.sync.lease-ttl=" + leaseTtl.toSeconds() + "s", "--oms.sync.settle-delay=0s",
                "--oms.sync.retry.base-delay=20ms", "--oms.sync.retry.max-delay=1s", "--oms.events.enabled=false"));
        for (Channel channel : Channel.values()) {
            arguments.add("--oms.sync.pacing." + channel + ".rate-per-second=" + ratePerSecond);
            arguments.add("--oms.sync.pacing." + channel + ".burst=" + burst);
        }
        return arguments;
    }
}
