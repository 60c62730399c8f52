package io.orderhub.report.store;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where finished reports are kept for download. Names are flat and restricted ({@link ReportNames}); a report is
 * visible only once completely written, so a reader never gets half a file.
 */
public interface ReportStore {

    /**
     * Writes a report under {@code name}, replacing one of that name in a single step.
     *
     * @throws IllegalArgumentException when the name is not a valid report name (the message says why)
     */
    ReportFile put(String name, ReportContent content) throws IOException;

    /** Every stored report, newest first. */
    List<ReportFile> list() throws IOException;

    /** The report of that name; empty when there is none, or the name is invalid or leads out of the store. */
    Optional<OpenReport> open(String name) throws IOException;

    /** Deletes the reports last written before {@code cutoff}. */
    ReportDeletion deleteOlderThan(Instant cutoff) throws IOException;

    /** Writes a report's bytes; a streaming writer (an XLSX workbook, a CSV printer) writes straight into it. */
    @FunctionalInterface
    interface ReportContent {

        void writeTo(OutputStream out) throws IOException;
    }
}
