package io.orderhub.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The app starts on the embedded default database with the schema migrated. */
@SpringBootTest
@ActiveProfiles("test")
class JobSyncApplicationIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsWithTheSchemaMigrated() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unified_order", Integer.class)).isZero();
    }
}
