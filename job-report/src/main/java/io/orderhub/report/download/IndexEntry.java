package io.orderhub.report.download;

import io.orderhub.common.time.ReadableTime;
import io.orderhub.report.store.ReportFile;
import java.util.Locale;

/**
 * One row of the index page.
 *
 * @param name    the report's name
 * @param href    a signed link to it (path and query)
 * @param size    its size for people ({@code 12.3 KB})
 * @param bytes   its exact size
 * @param written when it was written, GMT+8 with its zone
 */
public record IndexEntry(String name, String href, String size, long bytes, String written) {

    static IndexEntry of(ReportFile file, String href) {
        return new IndexEntry(file.name(), href, readableSize(file.bytes()), file.bytes(),
                ReadableTime.of(file.modified()));
    }

    static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        String[] units = {"KB", "MB", "GB", "TB"};
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
