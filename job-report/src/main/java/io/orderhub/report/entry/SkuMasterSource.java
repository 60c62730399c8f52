package io.orderhub.report.entry;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where the SKU master comes from (a configured JDBC query of the ERP/WMS, or CSV/XLSX files in a folder): every SKU
 * definition, read once per run. The fuzzy SKU index is built from it.
 */
public interface SkuMasterSource {

    List<SkuDefinition> load();

    /**
     * Every SKU definition, one at a time, so a reader that keeps only some of them (a catalogue rebuild keeps its
     * own copy of every unchanged SKU) never holds the whole master twice. A source that reads a stream overrides it.
     */
    default void read(Consumer<SkuDefinition> sink) {
        load().forEach(sink);
    }
}
