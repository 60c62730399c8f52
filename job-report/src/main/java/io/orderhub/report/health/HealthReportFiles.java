package io.orderhub.report.health;

import io.orderhub.report.store.ReportFile;
import java.io.IOException;
import java.util.List;

/**
 * Turns one health report into the files people download: the self-contained HTML page, the XLSX workbook and one CSV
 * per table, written to the report store. The {@code healthIndicators} handler calls it after computing the days.
 */
public interface HealthReportFiles {

    /** Writes every file of the report; returns them as stored (name, size), HTML first. */
    List<ReportFile> publish(HealthReport report) throws IOException;
}
