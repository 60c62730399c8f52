package io.orderhub.report.entry.source;

import io.orderhub.report.entry.Entry;
import java.time.LocalDateTime;
import java.util.function.Consumer;

/**
 * Where manual entry records are read from (the ERP/WMS through a configured query, or the files taken in from the
 * intake folder). Entries are streamed, never collected: a day of a large warehouse does not fit in memory twice.
 */
public interface EntrySource {

    /** A short stable name (the report's "by source" column, the snapshot key): {@code erp}, {@code intake}. */
    String name();

    /** Every entry entered in {@code [from, to)} (GMT+8 wall clock), in entry id order. */
    void read(LocalDateTime from, LocalDateTime to, Consumer<Entry> sink);
}
