package io.orderhub.report.entry.report;

import io.orderhub.report.entry.EntrySchema;

/** The same paging on the apps' embedded default database (H2 in MySQL mode). */
class EntryFindingRowsOnH2IT extends EntryFindingRowsIT {

    @Override
    EntrySchema schema() {
        return EntrySchema.freshH2();
    }
}
