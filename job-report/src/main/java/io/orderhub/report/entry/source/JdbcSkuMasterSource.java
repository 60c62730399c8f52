package io.orderhub.report.entry.source;

import io.orderhub.report.entry.SkuDefinition;
import io.orderhub.report.entry.SkuMasterSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SKU master from a SQL query returning the columns {@code code, barcode, name, category, base_unit,
 * unit_factors (件=1;箱=12), typical_min, typical_max, batch_managed, shelf_life_days} (docs/entries.md): the
 * configured ERP/WMS query, or our {@code entry_sku} table filled from intake files.
 */
public class JdbcSkuMasterSource implements SkuMasterSource {

    private final JdbcTemplate jdbc;
    private final String query;

    public JdbcSkuMasterSource(JdbcTemplate jdbc, String query) {
        this.jdbc = jdbc;
        this.query = query;
    }

    @Override
    public List<SkuDefinition> load() {
        return jdbc.query(query, (row, n) -> read(row));
    }

    private static SkuDefinition read(ResultSet row) throws SQLException {
        String code = row.getString("code");
        try {
            Integer shelfLife = row.getObject("shelf_life_days") == null ? null : row.getInt("shelf_life_days");
            return new SkuDefinition(code, row.getString("barcode"), row.getString("name"), row.getString("category"),
                    row.getString("base_unit"), UnitFactors.parse(row.getString("unit_factors")),
                    row.getBigDecimal("typical_min"), row.getBigDecimal("typical_max"), row.getBoolean("batch_managed"),
                    shelfLife);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SKU master row " + code + ": unit_factors " + e.getMessage(), e);
        }
    }
}
