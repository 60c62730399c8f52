package io.orderhub.report.entry.report;

import io.orderhub.common.job.RunLog;
import io.orderhub.report.file.ReportTable;
import io.orderhub.report.file.ReportTableFiles;
import io.orderhub.report.store.ReportFile;
import io.orderhub.report.store.ReportStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one day's report into the {@link ReportStore}: {@code entry-errors-<day>.html}, and through
 * {@link ReportTableFiles} (when the app has one) {@code entry-errors-<day>.xlsx} plus a CSV per table.
 */
public class EntryReportWriter {

    private final EntryReportTables tables;
    private final EntryReportPage page;
    private final ReportStore store;
    private final ReportTableFiles files;

    /** @param files {@code null} when the app has no spreadsheet writer: the XLSX/CSV files are skipped (logged) */
    public EntryReportWriter(EntryReportTables tables, EntryReportPage page, ReportStore store, ReportTableFiles files) {
        this.tables = tables;
        this.page = page;
        this.store = store;
        this.files = files;
    }

    public List<ReportFile> write(EntryDayCheck.DayResult day, LocalDateTime now, RunLog log) throws IOException {
        String stem = "entry-errors-" + day.day();
        List<ReportTable> dayTables = tables.of(day.day());
        String html = page.render(day.day(), day.entries(), day.findings(), day.entriesWithFindings(), now,
                dayTables);
        List<ReportFile> written = new ArrayList<>();
        written.add(store.put(stem + ".html", out -> out.write(html.getBytes(StandardCharsets.UTF_8))));
        if (files == null) {
            log.line("entry report {}: XLSX/CSV skipped (no ReportTableFiles in this app)", day.day());
        } else {
            written.addAll(files.store(stem, dayTables));
        }
        log.line("entry report {}: {} file(s) written ({})", day.day(), written.size(),
                written.stream().map(ReportFile::name).toList());
        return written;
    }
}
