package io.orderhub.report.entry.report;

import io.orderhub.report.file.ReportTable;
import io.orderhub.report.file.ReportTableFiles;
import io.orderhub.report.file.SpreadsheetCells;
import io.orderhub.report.store.ReportFile;
import io.orderhub.report.store.ReportStore;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * TEST DOUBLE of {@link ReportTableFiles} (the real writer, XLSX and CSV, comes from another branch): one CSV per
 * table, text cells neutralised, so the report's tables can be read back in a test.
 */
class CsvReportTableFilesDouble implements ReportTableFiles {

    private final ReportStore store;

    CsvReportTableFilesDouble(ReportStore store) {
        this.store = store;
    }

    @Override
    public List<ReportFile> store(String stem, List<ReportTable> tables) throws IOException {
        List<ReportFile> files = new ArrayList<>();
        for (ReportTable table : tables) {
            files.add(store.put(stem + "-" + table.name() + ".csv", out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
                printer.printRecord(table.columns().stream().map(ReportTable.ReportColumn::header).toList());
                for (List<?> row : table.rows()) {
                    printer.printRecord(row.stream().map(cell -> cell instanceof String text
                            ? SpreadsheetCells.neutralise(text) : cell).toList());
                }
                printer.flush();
            }));
        }
        return files;
    }
}
