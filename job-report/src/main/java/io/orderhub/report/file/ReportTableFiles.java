package io.orderhub.report.file;

import io.orderhub.report.store.ReportFile;
import java.io.IOException;
import java.util.List;

/**
 * The one way report tables become spreadsheet files in the report store: {@code <stem>.xlsx} with one sheet per
 * table (typed cells, frozen header, autofilter) and {@code <stem>-<table>.csv} per table (UTF-8 with BOM). Text
 * cells are neutralised by {@link SpreadsheetCells}. Each table's rows are iterated once per file.
 */
public interface ReportTableFiles {

    /** Writes the workbook and the CSV files; returns them as stored, the workbook first. */
    List<ReportFile> store(String stem, List<ReportTable> tables) throws IOException;
}
