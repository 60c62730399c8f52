package io.orderhub.report.entry.intake;

import io.orderhub.report.entry.EntrySchema;

/** The same intake behaviour on the apps' embedded default database (H2 in MySQL mode). */
class IntakeFolderOnH2IT extends IntakeFolderIT {

    @Override
    EntrySchema schema() {
        return EntrySchema.freshH2();
    }
}
