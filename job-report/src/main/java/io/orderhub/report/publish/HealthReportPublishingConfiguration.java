package io.orderhub.report.publish;

import io.orderhub.report.file.CsvReportWriter;
import io.orderhub.report.file.ReportTableFiles;
import io.orderhub.report.file.StoredReportTableFiles;
import io.orderhub.report.file.XlsxReportWriter;
import io.orderhub.report.health.HealthReportFiles;
import io.orderhub.report.store.ReportStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The report files: the table writers on the report store and the health report's page and tables. */
@Configuration
public class HealthReportPublishingConfiguration {

    @Bean
    ReportTableFiles reportTableFiles(ReportStore store) {
        return new StoredReportTableFiles(store, new XlsxReportWriter(), new CsvReportWriter());
    }

    /** Read once, inlined by every HTML report with charts (the health report, the entry-error report). */
    @Bean
    EchartsLibrary echartsLibrary() {
        return EchartsLibrary.fromWebJar();
    }

    @Bean
    HealthReportPage healthReportPage(EchartsLibrary echarts) {
        return new HealthReportPage(echarts);
    }

    @Bean
    HealthReportFiles healthReportFiles(ReportStore store, HealthReportPage page, ReportTableFiles tableFiles) {
        return new PublishedHealthReportFiles(store, page, tableFiles);
    }
}
