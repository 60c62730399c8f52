package io.orderhub.report.publish;

import io.orderhub.report.file.ReportTableFiles;
import io.orderhub.report.health.HealthReport;
import io.orderhub.report.health.HealthReportFiles;
import io.orderhub.report.store.ReportFile;
import io.orderhub.report.store.ReportStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one health report in the report store: {@code health-<from>_<to>.html} (the page), then
 * {@code health-<from>_<to>.xlsx} and {@code health-<from>_<to>-<table>.csv} (the tables). A re-run of the same range
 * replaces them, each in one step.
 */
public class PublishedHealthReportFiles implements HealthReportFiles {

    private final ReportStore store;
    private final HealthReportPage page;
    private final ReportTableFiles tableFiles;

    public PublishedHealthReportFiles(ReportStore store, HealthReportPage page, ReportTableFiles tableFiles) {
        this.store = store;
        this.page = page;
        this.tableFiles = tableFiles;
    }

    public static String stem(HealthReport report) {
        return "health-" + report.from() + "_" + report.to();
    }

    @Override
    public List<ReportFile> publish(HealthReport report) throws IOException {
        String stem = stem(report);
        List<ReportFile> files = new ArrayList<>();
        files.add(store.put(stem + ".html", out -> page.render(report, out)));
        files.addAll(tableFiles.store(stem, HealthReportTables.of(report)));
        return files;
    }
}
