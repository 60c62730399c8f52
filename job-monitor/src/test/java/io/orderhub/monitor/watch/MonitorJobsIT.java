package io.orderhub.monitor.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.xxl.job.core.context.XxlJobContext;
import io.orderhub.monitor.feed.ApiChangeWatchJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The three handlers as XXL-JOB calls them, on the embedded default (H2 in MySQL mode): the app starts without an
 * AlertSink bean, V7 migrates, parameters are parsed strictly, and the watchers' SQL runs on H2 as on MariaDB.
 */
@SpringBootTest(properties = {
        "oms.monitor.feeds[0].name=unreachable",
        "oms.monitor.feeds[0].url=http://127.0.0.1:9/feed",
        "oms.monitor.feeds[0].channel=jd",
        "oms.monitor.feed-defaults.timeout=500ms"})
@ActiveProfiles("test")
class MonitorJobsIT {

    @Autowired
    ApiChangeWatchJob apiChangeWatch;
    @Autowired
    SyncLagWatchJob syncLagWatch;
    @Autowired
    FailureSpikeWatchJob failureSpikeWatch;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    XxlJobContext run(String parameter, Runnable handler) throws Exception {
        Path log = Files.createTempFile("monitor-job", ".log");
        XxlJobContext context = new XxlJobContext(0, parameter, 0, System.currentTimeMillis(), log.toString(), 0, 1);
        XxlJobContext.setXxlJobContext(context);
        handler.run();
        return context;
    }

    @AfterEach
    void clearContext() {
        XxlJobContext.setXxlJobContext(null);
    }

    @Test
    void apiChangeWatchReportsAnUnreachableFeedAndSucceeds() throws Exception {
        XxlJobContext job = run("{\"feeds\":[\"unreachable\"]}", apiChangeWatch::apiChangeWatch);

        assertThat(job.getHandleCode()).isEqualTo(XxlJobContext.HANDLE_CODE_SUCCESS);
        assertThat(job.getHandleMsg()).startsWith("feeds=1 failed=1 new=0 matched=0");
        assertThat(jdbc.queryForObject("SELECT consecutive_failures FROM feed_state WHERE feed_name = 'unreachable'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void unknownFieldOrFeedFailsTheRunWithAMessageNamingIt() throws Exception {
        assertThat(run("{\"feed\":[\"x\"]}", apiChangeWatch::apiChangeWatch).getHandleMsg())
                .contains("'feed'").contains("unknown field");
        assertThat(run("{\"feeds\":[\"nope\"]}", apiChangeWatch::apiChangeWatch).getHandleMsg())
                .contains("no feed named 'nope'");
    }

    @Test
    void lagAndFailureWatchesRunOnH2() throws Exception {
        // Stored times are GMT+8 wall clock whatever the JVM's zone (CI runs this in other zones too).
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("INSERT INTO channel_shop (channel, shop_id, display_name, app_key, app_secret_ref, access_token_ref, "
                + "created_at, updated_at) VALUES ('JD', 'h2shop', 'h2', 'app', 'env:X', 'env:Y', ?, ?)", now, now);
        jdbc.update("INSERT INTO sync_run (run_id, channel, shop_id, mode, started_at, outcome, failure_reason) "
                + "VALUES ('r', 'JD', 'h2shop', 'INCREMENTAL', ?, 'FAILED', 'AUTH_EXPIRED')", now);
        jdbc.update("INSERT INTO inbox_message (source, channel, shop_id, received_at, body, state, reason) "
                + "VALUES ('GATEWAY', 'JD', 'h2shop', ?, '{}', 'HELD', 'SIGNATURE_MISMATCH')", now);

        XxlJobContext lag = run("{\"channels\":[\"jd\"]}", syncLagWatch::syncLagWatch);
        XxlJobContext spikes = run("", failureSpikeWatch::failureSpikeWatch);

        assertThat(lag.getHandleCode()).as(lag.getHandleMsg()).isEqualTo(XxlJobContext.HANDLE_CODE_SUCCESS);
        assertThat(lag.getHandleMsg()).startsWith("shops=1 ");
        assertThat(spikes.getHandleCode()).as(spikes.getHandleMsg()).isEqualTo(XxlJobContext.HANDLE_CODE_SUCCESS);
        assertThat(spikes.getHandleMsg()).startsWith("shops=1 window=1h");
    }
}
