package io.orderhub.report.entry.audit;

import java.time.LocalDate;

/** One entry as the last snapshot saw it: its day, the hash of its fields and the fields in their stored form. */
public record SnapshotRow(String entryId, LocalDate entryDate, String rowHash, String fieldValues) {
}
