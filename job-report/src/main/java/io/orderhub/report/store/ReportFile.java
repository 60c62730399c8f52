package io.orderhub.report.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored report as the index shows it.
 *
 * @param name     its name in the store (see {@link ReportNames})
 * @param bytes    its size
 * @param modified when it was last written
 */
public record ReportFile(String name, long bytes, Instant modified) {

    public ReportFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modified, "modified");
    }
}
