package io.orderhub.report.entry;

import java.util.List;

/**
 * The one implementation of the entry rules, shared by the check API ({@code POST /entries/check}) and the nightly
 * {@code entryErrorReport}: every finding of one entry, empty when the entry is clean.
 */
public interface EntryCheck {

    List<EntryFinding> check(Entry entry);
}
