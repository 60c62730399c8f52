package io.orderhub.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.monitor.JobMonitorApplication;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Feed state on MariaDB: the times it keeps read back as written, whatever zone the JVM runs in. */
@SpringBootTest(classes = JobMonitorApplication.class)
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class FeedStatesIT {

    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void timesReadBackUnchangedInAJvmZoneWhereTheirWallClockFallsInADaylightSavingGap() {
        // 02:30 on 8 March 2026 is a real GMT+8 time but does not exist in Los Angeles (clocks jump 02:00 → 03:00):
        // read through java.sql.Timestamp in that JVM zone it came back an hour late.
        Instant inTheGap = LocalDateTime.of(2026, 3, 8, 2, 30).atZone(GMT8).toInstant();
        FeedStates states = new FeedStates(jdbc);
        TimeZone jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        try {
            states.load("dst-gap", inTheGap);
            states.failed("dst-gap", inTheGap, "connect timed out");

            FeedStates.State state = states.load("dst-gap", inTheGap.plusSeconds(60));

            assertThat(state.firstPolledAt()).isEqualTo(inTheGap);
            assertThat(state.failingSince()).isEqualTo(inTheGap);
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }
}
