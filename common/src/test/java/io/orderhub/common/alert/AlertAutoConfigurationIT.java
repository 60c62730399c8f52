package io.orderhub.common.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testapp.TestApplication;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every app gets a database-backed sink and a dispatcher; with no receivers configured nothing is sent. */
@SpringBootTest(classes = TestApplication.class)
class AlertAutoConfigurationIT {

    @Autowired
    AlertSink sink;
    @Autowired
    AlertDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void alertsAreRecordedEvenWithoutReceivers() {
        Alert alert = Alert.firing("SyncLag", Severity.WARNING, Map.of("channel", "JD", "shop", "wiring-test"), "behind",
                "", List.of(), Instant.now());

        sink.post(alert);
        DispatchResult result = dispatcher.dispatch();

        assertThat(sink).isInstanceOf(DbAlertSink.class);
        assertThat(result.sent()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert_state WHERE fingerprint = ?", Integer.class,
                alert.fingerprint())).isEqualTo(1);
    }
}
