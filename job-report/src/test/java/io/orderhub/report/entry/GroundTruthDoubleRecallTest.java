package io.orderhub.report.entry;

import io.orderhub.sandbox.erp.entries.EntryDataSet;

/**
 * The recall contract run against the ground-truth test double: proves the contract's own plumbing (generation,
 * conversion, per-type accounting). The real rules plug in the same way: {@code class EntryRulesRecallTest extends
 * EntryRecallContract { EntryCheck checkFor(EntryDataSet d) { return rulesFrom(d); } }}.
 */
class GroundTruthDoubleRecallTest extends EntryRecallContract {

    @Override
    protected EntryCheck checkFor(EntryDataSet data) {
        return new GroundTruthEntryCheckDouble(data);
    }
}
