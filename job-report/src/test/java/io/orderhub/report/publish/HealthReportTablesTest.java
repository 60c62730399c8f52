package io.orderhub.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.file.ReportTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthReportTablesTest {

    @Test
    void everyPartOfTheReportIsATableInAFixedOrder() {
        List<ReportTable> tables = HealthReportTables.of(SampleHealthReports.threeDays());

        assertThat(tables).extracting(ReportTable::name).containsExactly("daily-indicators", "stage-durations",
                "flow-edges", "fulfilment", "maturity");
        assertThat(rows(tables.get(0))).hasSize(6);
        assertThat(rows(tables.get(2))).hasSize(10);
        assertThat(rows(tables.get(3))).hasSize(3);
    }

    @Test
    void aFigureThatWasNotMeasuredIsAnEmptyCellNeverZero() {
        ReportTable daily = HealthReportTables.of(SampleHealthReports.threeDays()).get(0);
        List<String> headers = daily.columns().stream().map(ReportTable.ReportColumn::header).toList();
        List<?> hostileFirstDay = rows(daily).get(1);

        assertThat(hostileFirstDay.get(headers.indexOf("on-time shipping rate"))).isNull();
        assertThat(hostileFirstDay.get(headers.indexOf("due"))).isEqualTo(0L);
        assertThat(hostileFirstDay.get(headers.indexOf("state accuracy"))).isNull();
        assertThat(hostileFirstDay.get(headers.indexOf("accuracy sample size"))).isEqualTo(0L);
        assertThat(hostileFirstDay.get(headers.indexOf("accuracy measured"))).isEqualTo("not measured");
        assertThat(hostileFirstDay.get(headers.indexOf("exception ratio"))).isNull();
        assertThat(hostileFirstDay.get(headers.indexOf("paid→shipped p50"))).isNull();
        assertThat(hostileFirstDay.get(headers.indexOf("sync lag"))).isNull();
        List<?> chineseShop = rows(daily).get(0);
        assertThat(chineseShop.get(headers.indexOf("state accuracy"))).isEqualTo(0.96);
        assertThat(chineseShop.get(headers.indexOf("accuracy 95% CI low"))).isNotNull();
    }

    @Test
    void maturityListsEveryPointThenTheTotalWithBandAndActions() {
        List<List<?>> maturity = rows(HealthReportTables.of(SampleHealthReports.threeDays()).get(4));

        assertThat(maturity).hasSize(21);
        assertThat(maturity.get(0)).isEqualTo(Arrays.asList("automation", "automation measure 1", "81 %", "≥ 82 %", 1, ""));
        assertThat(maturity.get(3)).isEqualTo(Arrays.asList("automation", "automation measure 4", "84 %", "≥ 88 %", 0,
                "raise automation 4"));
        assertThat(maturity.get(20)).isEqualTo(Arrays.asList("total", "intermediate", null, null, 12,
                "raise automation 4 | raise data consistency 5 | raise extensibility 4"));
    }

    @Test
    void aReportWithoutAssessmentHasAnEmptyMaturityTable() {
        assertThat(rows(HealthReportTables.of(SampleHealthReports.withoutData()).get(4))).isEmpty();
    }

    private static List<List<?>> rows(ReportTable table) {
        List<List<?>> rows = new ArrayList<>();
        table.rows().forEach(rows::add);
        return rows;
    }
}
