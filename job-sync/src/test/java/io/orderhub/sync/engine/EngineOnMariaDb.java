package io.orderhub.sync.engine;

import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.quarantine.QuarantineStore;
import io.orderhub.common.testing.MariaDbTestContext;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.channel.ChannelAdapters;
import io.orderhub.sync.config.SyncProperties;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.status.StatusMappingReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The context the engine's integration tests share: the real job-sync application on MariaDB, a clock the tests
 * move (GMT+8, starting at {@link #NOON}), and what a {@link ShopSynchronizer} is built from, so each test wires it
 * over its own {@link FakePlatform}.
 */
@SpringBootTest(classes = {JobSyncApplication.class, EngineOnMariaDb.Config.class},
        properties = {"FAKE_SECRET=fake-secret-value", "FAKE_TOKEN=fake-token-value"})
@ContextConfiguration(initializers = MariaDbTestContext.class)
@ActiveProfiles("test")
abstract class EngineOnMariaDb {
    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");
    static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 11, 12, 0);
    static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 11, 8, 0);

    @TestConfiguration
    static class Config {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOON.atZone(GMT8).toInstant(), GMT8);
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrderWriter writer;
    @Autowired
    QuarantineStore quarantine;
    @Autowired
    SyncCursorMapper cursors;
    @Autowired
    ShopLeases leases;
    @Autowired
    SyncProperties properties;
    @Autowired
    ShopDirectory directory;
    @Autowired
    StatusMappingReader statusMappings;

    /** This executor's engine over the given platforms, with its own leases and settings. */
    ShopSynchronizer synchronizer(ChannelAdapters adapters, ShopLeases shopLeases, SyncProperties settings) {
        return new ShopSynchronizer(adapters, writer, quarantine, cursors, shopLeases, tx, clock, settings,
                new SyncShutdown());
    }
}
