package io.orderhub.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.testapp.TestApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema after all migrations takes no time from the database's clock: a {@code DEFAULT CURRENT_TIMESTAMP} is
 * the server's (or session's) zone, while every time we read is GMT+8 wall clock set by the suite's clock.
 */
@SpringBootTest(classes = TestApplication.class)
abstract class SuiteSetTimesContract {

    @Autowired
    JdbcTemplate jdbc;

    /** The SQL expression naming the schema the migrations ran in. */
    abstract String currentSchema();

    @Test
    void noColumnDefaultsToTheDatabaseClock() {
        List<String> clockDefaults = jdbc.queryForList("SELECT LOWER(CONCAT(table_name, '.', column_name)) "
                + "FROM information_schema.columns WHERE table_schema = " + currentSchema()
                + " AND LOWER(table_name) <> 'flyway_schema_history'" // Flyway's own bookkeeping; nothing reads it
                + " AND (UPPER(column_default) LIKE '%TIMESTAMP%' OR UPPER(column_default) LIKE '%NOW%')", String.class);

        assertThat(clockDefaults).isEmpty();
    }

    @Test
    void shopRegisteredWithoutItsTimesIsRefused() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO channel_shop (channel, shop_id, display_name, app_key, "
                + "app_secret_ref, access_token_ref) VALUES ('JD', 'no-times', 'x', 'k', 'env:S', 'env:T')"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("created_at");
    }
}
