package io.orderhub.report.store;

import java.util.List;

/**
 * What {@link ReportStore#deleteOlderThan} did.
 *
 * @param deleted          the reports deleted, oldest first
 * @param kept             reports younger than the cut-off, left alone
 * @param abandonedWrites  temporary files of writes that never finished (a crash mid-write), older than the cut-off,
 *                         deleted too
 * @param failed           reports that could not be deleted, each with the reason
 */
public record ReportDeletion(List<ReportFile> deleted, int kept, int abandonedWrites, List<String> failed) {

    public ReportDeletion {
        deleted = List.copyOf(deleted);
        failed = List.copyOf(failed);
    }

    public int count() {
        return deleted.size();
    }

    public long bytes() {
        return deleted.stream().mapToLong(ReportFile::bytes).sum();
    }
}
