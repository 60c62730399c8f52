package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.EntryFinding;
import java.util.List;

/** One entry rule: adds what it finds in one entry to {@code findings}. */
interface EntryRule {

    void check(CheckedEntry checked, List<EntryFinding> findings);
}
