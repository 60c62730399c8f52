package io.orderhub.report.entry;

import java.util.List;

/**
 * The one implementation of the entry rules, shared by the check API ({@code POST /entries/check}) and the nightly
 * {@code entryErrorReport}: every finding of one entry, empty when the entry is clean.
 */
public interface EntryCheck {

    List<EntryFinding> check(Entry entry);

    /**
     * The findings of each entry, in the entries' order. The nightly run checks its entries in chunks through this, so
     * an implementation can read what a chunk needs at once (the rules read the order lines of a chunk in one query).
     */
    default List<List<EntryFinding>> checkAll(List<Entry> entries) {
        return entries.stream().map(this::check).toList();
    }

    /**
     * This check with its reference data (the SKU master) read afresh and fixed for the returned check: the nightly
     * run takes one per day it checks, so no entry of the day is judged against an older master.
     */
    default EntryCheck refreshed() {
        return this;
    }
}
