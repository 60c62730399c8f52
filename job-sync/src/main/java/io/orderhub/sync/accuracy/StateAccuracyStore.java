package io.orderhub.sync.accuracy;

import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.stats.WilsonInterval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/**
 * Tables {@code state_accuracy_sample} and {@code state_accuracy_run}, and the one read-only query per shop that
 * ranks its recent orders for the draw.
 */
@Component
public class StateAccuracyStore {

    /**
     * Every eligible order ranked within its status by a hash of seed and order number (random, but the same seed
     * gives the same ranks), with its stratum's size; only the first {@code perShop} of each stratum come back, which
     * is all a draw of {@code perShop} can take from one stratum. One statement, whatever the shop's size. The
     * bound on {@code platform_modified_at} adds no condition (an order is modified at or after its creation) but
     * lets the statement range-scan {@code ix_unified_order_modified} instead of reading all the shop's orders.
     */
    private static final String RANKED_CANDIDATES = """
            SELECT order_no, platform_order_id, status, paid_amount, platform_modified_at, stratum_size
            FROM (SELECT order_no, platform_order_id, status, paid_amount, platform_modified_at,
                         ROW_NUMBER() OVER (PARTITION BY status ORDER BY MD5(CONCAT(?, order_no)), order_no) AS pick,
                         COUNT(*) OVER (PARTITION BY status) AS stratum_size
                  FROM unified_order
                  WHERE channel = ? AND shop_id = ? AND platform_modified_at >= ? AND created_at >= ?) ranked
            WHERE pick <= ?
            ORDER BY status, pick""";

    private static final String INSERT_SAMPLE = "INSERT INTO state_accuracy_sample (run_id, sampled_at, channel, "
            + "shop_id, order_no, our_status, platform_status, our_paid_amount, platform_paid_amount, our_modified_at, "
            + "platform_modified_at, status_match, amount_match, fetch_error, error_detail) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_RUN = "INSERT INTO state_accuracy_run (run_id, seed, channel, shop_id, "
            + "started_at, finished_at, created_from, population, sampled, compared, matches, status_mismatches, "
            + "amount_mismatches, fetch_errors, accuracy_low, accuracy_high, outcome, detail) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public StateAccuracyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The shop's orders created at or after {@code createdFrom}, ranked per status: stratum, then rank. */
    public List<SampleCandidate> rankedCandidates(String channel, String shopId, LocalDateTime createdFrom, String seed,
            int perShop) {
        return jdbc.query(RANKED_CANDIDATES, (rs, i) -> new SampleCandidate(rs.getString(1), rs.getString(2),
                OrderStatus.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getObject(5, LocalDateTime.class),
                rs.getInt(6)), seed, channel, shopId, createdFrom, createdFrom, perShop);
    }

    /** The shop's sampled orders and its run row, in the caller's transaction. */
    public void save(String runId, String seed, ShopAccuracy shop, LocalDateTime finishedAt) {
        List<Object[]> rows = new ArrayList<>();
        for (SampledOrder order : shop.orders()) {
            SampleCandidate ours = order.ours();
            rows.add(new Object[] {runId, order.sampledAt(), shop.channel(), shop.shopId(), ours.orderNo(),
                    ours.status().name(), order.platformStatus() == null ? null : order.platformStatus().name(),
                    ours.paidAmount(), decimal(order.platformPaidAmount()), ours.modifiedAt(),
                    order.platformModifiedAt(), bool(order.statusMatch()), bool(order.amountMatch()),
                    order.fetchError(), order.errorDetail()});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT_SAMPLE, rows);
        }
        WilsonInterval interval = shop.accuracy().interval95().orElse(null);
        jdbc.update(INSERT_RUN, runId, seed, shop.channel(), shop.shopId(), shop.startedAt(), finishedAt,
                shop.createdFrom(), shop.population(), shop.sampled(), shop.accuracy().n(), shop.accuracy().matches(),
                shop.statusMismatches(), shop.amountMismatches(), shop.fetchErrors(),
                decimal(interval == null ? null : bound(interval.low())),
                decimal(interval == null ? null : bound(interval.high())), shop.outcome().name(),
                shop.detail() == null || shop.detail().length() <= 512 ? shop.detail() : shop.detail().substring(0, 512));
    }

    private static BigDecimal bound(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN);
    }

    /** Typed nulls: a batch's first row must not fix a column's type from a null. */
    private static SqlParameterValue decimal(BigDecimal value) {
        return new SqlParameterValue(Types.DECIMAL, value);
    }

    private static SqlParameterValue bool(Boolean value) {
        return new SqlParameterValue(Types.BOOLEAN, value);
    }
}
