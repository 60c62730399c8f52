package io.orderhub.report.entry;

import java.util.List;

/**
 * Where the SKU master comes from (a configured JDBC query of the ERP/WMS, or CSV/XLSX files in a folder): every SKU
 * definition, read once per run. The fuzzy SKU index is built from it.
 */
public interface SkuMasterSource {

    List<SkuDefinition> load();
}
