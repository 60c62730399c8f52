package io.orderhub.monitor.consistency.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.monitor.JobMonitorApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** CSV files dropped in the source folder, on MariaDB: good rows staged, bad rows kept by line and field, once. */
@SpringBootTest(classes = JobMonitorApplication.class)
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class CsvFolderSourceIT {

    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path folder;

    final List<String> log = new ArrayList<>();
    CsvFolderSource source;

    @BeforeEach
    void setUp() {
        for (String table : List.of("cc_ledger_entry", "cc_erp_order", "cc_source_file", "cc_rejected_row")) {
            jdbc.update("DELETE FROM " + table);
        }
        source = new CsvFolderSource(jdbc, new TransactionTemplate(transactions), folder, new MutableClock(
                LocalDateTime.of(2026, 11, 25, 10, 30).atZone(GMT8).toInstant(), GMT8));
    }

    List<CsvFolderSource.FileOutcome> load() {
        return source.loadNewFiles((pattern, args) -> log.add(MessageFormatter.arrayFormat(pattern, args)
                .getMessage()));
    }

    Path drop(String kindFolder, String name, String content) throws Exception {
        Path dir = Files.createDirectories(folder.resolve(kindFolder));
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void goodRowsAreStagedAndEachBadRowIsKeptWithLineFieldAndReason() throws Exception {
        Path file = drop("ledger-entry", "ledger-2026-11-25.csv", "\uFEFFchannel,platform_order_id,entry_no,kind,"
                + "amount,booked_at,note\n"
                + "TAOBAO,3001,P1,PAYMENT,128.50,2026-11-25 09:00:00,ok\n"
                + "JD,3002,P2,PAYMENT,12.345,2026-11-25 09:01:00,three decimals\n"
                + "AMAZON,3003,P3,PAYMENT,10.00,2026-11-25 09:02:00,unknown channel\n"
                + "PDD,3004,P4,REFUND,5.00,yesterday,bad time\n"
                + "DOUYIN,,P5,PAYMENT,5.00,2026-11-25 09:03:00,no order id\n"
                + "DOUYIN,3006,P6,PAYMENT,7.00\n"
                + "DOUYIN,3007,P7,REFUND,7.00,2026-11-25T09:04:00,iso time\n");

        List<CsvFolderSource.FileOutcome> outcomes = load();

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.loaded()).isEqualTo(2);
            assertThat(o.rejected()).isEqualTo(5);
        });
        assertThat(jdbc.queryForList("SELECT CONCAT(order_no, ' ', kind, ' ', amount) FROM cc_ledger_entry"
                + " ORDER BY order_no", String.class)).containsExactly("DY3007 REFUND 7.00", "TB3001 PAYMENT 128.50");
        assertThat(jdbc.queryForList("SELECT CONCAT(line_no, ' ', field, ': ', reason) FROM cc_rejected_row"
                + " WHERE file_name = 'ledger-2026-11-25.csv' ORDER BY line_no", String.class)).containsExactly(
                "3 amount: more than two decimals (yuan to the fen)",
                "4 channel: not a channel (TAOBAO, JD, DOUYIN, PDD)",
                "5 booked_at: not a GMT+8 time like 2026-11-25 10:30:00",
                "6 platform_order_id: required value missing",
                "7 (row): has 5 values, the header 7");
        assertThat(jdbc.queryForObject("SELECT raw_line FROM cc_rejected_row WHERE line_no = 5", String.class))
                .isEqualTo("PDD,3004,P4,REFUND,5.00,yesterday,bad time");
        assertThat(file).doesNotExist();
        assertThat(folder.resolve("ledger-entry/processed/ledger-2026-11-25.csv")).exists();
        assertThat(log).contains("source ledger-entry file ledger-2026-11-25.csv: 2 row(s) loaded, 5 rejected");
    }

    @Test
    void theSameFileDroppedAgainIsNotProcessedTwice() throws Exception {
        String content = "channel,platform_order_id,order_amount,status,refunded,promised_ship_date\n"
                + "JD,9001,99.00,PAID,0,2026-11-27\n";
        drop("erp-order", "erp-1.csv", content);
        load();
        jdbc.update("UPDATE cc_erp_order SET order_amount = 1.00");
        drop("erp-order", "erp-1-copy.csv", content);

        assertThat(load()).singleElement().satisfies(o -> assertThat(o.skipped()).isTrue());

        assertThat(jdbc.queryForObject("SELECT order_amount FROM cc_erp_order", String.class)).isEqualTo("1.00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cc_source_file", Integer.class)).isEqualTo(1);
    }

    @Test
    void aFileWithoutARequiredColumnIsSetAsideNamingTheColumn() throws Exception {
        drop("erp-order", "erp-2.csv", "channel,platform_order_id,status,refunded\nJD,9002,PAID,0\n");

        load();

        assertThat(jdbc.queryForMap("SELECT line_no, field, reason FROM cc_rejected_row")).isEqualTo(Map.of(
                "line_no", 1L, "field", "order_amount", "reason", "required column missing from the header"));
        assertThat(folder.resolve("erp-order/rejected/erp-2.csv")).exists();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cc_erp_order", Integer.class)).isZero();
    }

    @Test
    void aFileThatBreaksMidwayKeepsTheRowsBeforeAndIsSetAsideWithTheParsersReason() throws Exception {
        drop("erp-order", "erp-3.csv", "channel,platform_order_id,order_amount,status,refunded\n"
                + "JD,9003,10.00,PAID,0\n"
                + "JD,9004,\"11.00,PAID,0\n");

        assertThat(load()).singleElement().satisfies(o -> {
            assertThat(o.loaded()).isEqualTo(1);
            assertThat(o.rejected()).isEqualTo(1);
        });

        assertThat(jdbc.queryForList("SELECT order_no FROM cc_erp_order", String.class)).containsExactly("JD9003");
        assertThat(jdbc.queryForObject("SELECT CONCAT(field, ': ', reason) FROM cc_rejected_row", String.class))
                .startsWith("(file): not readable as CSV from here on: ");
        assertThat(folder.resolve("erp-order/rejected/erp-3.csv")).exists();
    }

    @Test
    void aValueOutsideTheContractsValuesOrTooLongForStagingIsRefusedNamingTheColumn() throws Exception {
        drop("ledger-entry", "ledger-x.csv", "channel,platform_order_id,entry_no,kind,amount,booked_at\n"
                + "JD,5001,P1,CHARGE,1.00,2026-11-25 09:00:00\n"
                + "JD,5002," + "E".repeat(65) + ",PAYMENT,1.00,2026-11-25 09:00:00\n");

        load();

        assertThat(jdbc.queryForList("SELECT CONCAT(line_no, ' ', field, ': ', reason) FROM cc_rejected_row"
                + " ORDER BY line_no", String.class)).containsExactly("2 kind: not one of PAYMENT, REFUND",
                "3 entry_no: longer than 64 characters");
    }
}
