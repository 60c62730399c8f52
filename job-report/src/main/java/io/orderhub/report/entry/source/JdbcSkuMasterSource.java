package io.orderhub.report.entry.source;

import io.orderhub.report.entry.SkuDefinition;
import io.orderhub.report.entry.SkuMasterSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The SKU master from a SQL query returning the columns {@code code, barcode, name, category, base_unit,
 * unit_factors (件=1;箱=12), typical_min, typical_max, batch_managed, shelf_life_days} (docs/entries.md): the
 * configured ERP/WMS query, or our {@code entry_sku} table filled from intake files.
 */
public class JdbcSkuMasterSource implements SkuMasterSource {

    private static final int FETCH_ROWS = 1_000;

    private final JdbcTemplate jdbc;
    private final String query;

    public JdbcSkuMasterSource(JdbcTemplate jdbc, String query) {
        this.jdbc = jdbc;
        this.query = query;
    }

    @Override
    public List<SkuDefinition> load() {
        List<SkuDefinition> skus = new ArrayList<>();
        read(skus::add);
        return skus;
    }

    /**
     * Every row, read as a stream ({@value #FETCH_ROWS} rows a fetch, not the whole result set buffered by the
     * driver beside the definitions made from it), repeated values shared ({@link SharedSkuValues}).
     */
    @Override
    public void read(Consumer<SkuDefinition> sink) {
        SharedSkuValues shared = new SharedSkuValues();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(query, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_ROWS);
            return statement;
        }, (RowCallbackHandler) row -> sink.accept(read(row, shared)));
    }

    private static SkuDefinition read(ResultSet row, SharedSkuValues shared) throws SQLException {
        String code = row.getString("code");
        try {
            Integer shelfLife = row.getObject("shelf_life_days") == null ? null : row.getInt("shelf_life_days");
            return new SkuDefinition(code, row.getString("barcode"), row.getString("name"),
                    shared.text(row.getString("category")), shared.text(row.getString("base_unit")),
                    shared.unitFactors(row.getString("unit_factors")), shared.number(row.getBigDecimal("typical_min")),
                    shared.number(row.getBigDecimal("typical_max")), row.getBoolean("batch_managed"),
                    shared.number(shelfLife));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SKU master row " + code + ": unit_factors " + e.getMessage(), e);
        }
    }
}
