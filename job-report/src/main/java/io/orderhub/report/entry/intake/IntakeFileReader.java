package io.orderhub.report.entry.intake;

import java.io.IOException;
import java.nio.file.Path;

/** Reads the rows of one intake file in order, header first, without holding the file in memory. */
public interface IntakeFileReader {

    /** @return the charset the file was read in (for the file record), {@code binary} for XLSX */
    String read(Path file, RowVisitor visitor) throws IOException;

    @FunctionalInterface
    interface RowVisitor {
        void row(IntakeRow row);
    }
}
