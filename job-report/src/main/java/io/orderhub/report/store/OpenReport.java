package io.orderhub.report.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A report opened for reading: its content as of the moment it was opened (a report replaced meanwhile does not
 * change what is read) and the size of exactly that content. The reader closes it.
 */
public record OpenReport(ReportFile file, InputStream content) implements Closeable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
