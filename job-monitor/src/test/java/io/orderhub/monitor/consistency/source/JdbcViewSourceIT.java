package io.orderhub.monitor.consistency.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.job.JobFailure;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.monitor.JobMonitorApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A source query on the same server: staging replaced by INSERT … SELECT; a query off the contract fails the run. */
@SpringBootTest(classes = JobMonitorApplication.class)
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class JdbcViewSourceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    final List<String> log = new ArrayList<>();

    @BeforeEach
    void erpView() {
        jdbc.update("DROP TABLE IF EXISTS erp_so");
        jdbc.update("CREATE TABLE erp_so (src VARCHAR(16), tid VARCHAR(64), amt DECIMAL(14,2), st VARCHAR(32),"
                + " rf BOOLEAN)");
        jdbc.update("INSERT INTO erp_so VALUES ('JD', '8001', 10.00, 'PAID', FALSE), ('PDD', '8002', 5.50, 'SHIPPED',"
                + " TRUE), ('AMAZON', '8003', 1.00, 'PAID', FALSE)");
        jdbc.update("DELETE FROM cc_erp_order");
        jdbc.update("INSERT INTO cc_erp_order (order_no, channel, platform_order_id, order_amount, status, refunded)"
                + " VALUES ('JDOLD', 'JD', 'OLD', 1.00, 'PAID', FALSE)");
    }

    JdbcViewSource source(String query) {
        return new JdbcViewSource(jdbc, new TransactionTemplate(transactions), Map.of(SourceKind.ERP_ORDER, query));
    }

    @Test
    void stagingIsReplacedWithOrderNumbersAndOtherChannelsAreCounted() {
        source("SELECT src AS channel, tid AS platform_order_id, amt AS order_amount, st AS status, rf AS refunded,"
                + " NULL AS promised_ship_date FROM erp_so").refresh((pattern, args) ->
                log.add(MessageFormatter.arrayFormat(pattern, args).getMessage()));

        assertThat(jdbc.queryForList("SELECT CONCAT(order_no, ' ', order_amount, ' ', status) FROM cc_erp_order"
                + " ORDER BY order_no", String.class)).containsExactly("JD8001 10.00 PAID", "PD8002 5.50 SHIPPED");
        assertThat(log).containsExactly("source erp-order (query): 2 row(s) staged, 1 left out: channel not"
                + " TAOBAO/JD/DOUYIN/PDD");
    }

    @Test
    void aQueryWithoutAContractColumnFailsNamingTheSourceAndKeepsTheStagedRows() {
        assertThatThrownBy(() -> source("SELECT src AS channel, tid AS platform_order_id, amt AS order_amount"
                + " FROM erp_so").refresh((pattern, args) -> { }))
                .isInstanceOf(JobFailure.class).hasMessageStartingWith("source erp-order (query): ");

        assertThat(jdbc.queryForList("SELECT order_no FROM cc_erp_order", String.class)).containsExactly("JDOLD");
    }
}
