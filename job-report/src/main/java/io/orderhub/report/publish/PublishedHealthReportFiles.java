package io.orderhub.report.publish;

import io.orderhub.report.file.ReportTableFiles;
import io.orderhub.report.health.HealthReport;
import io.orderhub.report.health.HealthReportFiles;
import io.orderhub.report.store.ReportFile;
import io.orderhub.report.store.ReportStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of one health report in the report store: {@code health-<from>_<to>.html} (the page), then
 * {@code health-<from>_<to>.xlsx} and {@code health-<from>_<to>-<table>.csv} (the tables). A re-run of the same range
 * replaces them, each in one step.
 */
public class PublishedHealthReportFiles implements HealthReportFiles {

    private static final Logger log = LoggerFactory.getLogger(PublishedHealthReportFiles.class);

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
        long start = System.nanoTime();
        List<ReportFile> files = new ArrayList<>();
        files.add(store.put(stem + ".html", out -> page.render(report, out)));
        files.addAll(tableFiles.store(stem, HealthReportTables.of(report)));
        log.info("health report {}..{} published: {} file(s), {} bytes, {} day row(s), {} fulfilment cell(s), in {} ms",
                report.from(), report.to(), files.size(), files.stream().mapToLong(ReportFile::bytes).sum(),
                report.days().size(), report.fulfilment().size(), (System.nanoTime() - start) / 1_000_000);
        return files;
    }
}
