package io.orderhub.report.file;

import io.orderhub.report.store.ReportFile;
import io.orderhub.report.store.ReportNames;
import io.orderhub.report.store.ReportStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link ReportTableFiles} in a {@link ReportStore}: {@code <stem>.xlsx} (every table a sheet) and
 * {@code <stem>-<table>.csv} per table. Every name is checked before anything is written, so a table whose name
 * cannot be a report name (or repeats another's) fails the call naming it, without leaving half a set of files.
 */
public class StoredReportTableFiles implements ReportTableFiles {

    private final ReportStore store;
    private final XlsxReportWriter xlsx;
    private final CsvReportWriter csv;

    public StoredReportTableFiles(ReportStore store, XlsxReportWriter xlsx, CsvReportWriter csv) {
        this.store = store;
        this.xlsx = xlsx;
        this.csv = csv;
    }

    @Override
    public List<ReportFile> store(String stem, List<ReportTable> tables) throws IOException {
        String workbookName = checkedName(stem + ".xlsx", "stem '" + stem + "'");
        List<String> csvNames = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReportTable table : tables) {
            String name = checkedName(stem + "-" + table.name() + ".csv", "table '" + table.name() + "'");
            if (!seen.add(name)) {
                throw new IllegalArgumentException("report table name '" + table.name() + "' is used twice");
            }
            csvNames.add(name);
        }
        List<ReportFile> files = new ArrayList<>();
        files.add(store.put(workbookName, out -> xlsx.write(tables, out)));
        for (int t = 0; t < tables.size(); t++) {
            ReportTable table = tables.get(t);
            files.add(store.put(csvNames.get(t), out -> csv.write(table, out)));
        }
        return files;
    }

    private static String checkedName(String name, String what) {
        ReportNames.problem(name).ifPresent(reason -> {
            throw new IllegalArgumentException("report file name of " + what + " " + reason);
        });
        return name;
    }
}
