package io.orderhub.common.persistence;

import static io.orderhub.common.testing.OrderFixtures.T0;
import static io.orderhub.common.testing.OrderFixtures.order;
import static io.orderhub.common.testing.OrderFixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.testapp.TestApplication;
import io.orderhub.common.testing.FreshMariaDbSchema;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V17 on a database that already holds orders: the application starts on a schema migrated up to V16 (order lines
 * and discounts with auto-increment ids, two unique keys on {@code unified_order}), orders of several shops and
 * channels are written the way they were, then the remaining migrations run. Rows must come through unchanged, the
 * keys must be the intended ones, and the writer and reader must work on the result.
 */
@SpringBootTest(classes = TestApplication.class, properties = "spring.flyway.target=16")
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusteredChildKeysMigrationOnMariaDbIT {

    /** As long as {@code platform_order_id} allows: the order number is the prefix plus all of it. */
    private static final String LONGEST_PLATFORM_ID = "6".repeat(64);
    private static final String LINES = "SELECT order_no, line_no, sku, platform_sku, title, quantity, unit, unit_price,"
            + " discount_share, gift, refund_state, batch_no FROM order_line ORDER BY order_no, line_no";
    private static final String MARKETING = "SELECT order_no, seq, type, funded_by, name, amount FROM order_marketing"
            + " ORDER BY order_no, seq";
    /** Added by V25 (order texts). */
    private static final List<String> ORDER_TEXT_COLUMNS = List.of("buyer_remark", "seller_memo", "receiver_region");
    private static final String HEADERS = "SELECT id, order_no, channel, shop_id, platform_order_id, status, version,"
            + " platform_modified_at FROM unified_order ORDER BY id";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrderWriter writer;
    @Autowired
    OrderReader reader;
    @Autowired
    Clock clock;

    private final UnifiedOrder shopAFirst = order(Channel.TAOBAO, "shop-a", "3001", OrderStatus.PAID, T0);
    private final UnifiedOrder shopASecond = order(Channel.TAOBAO, "shop-a", "3002", OrderStatus.PAID, T0);
    private final UnifiedOrder shopBOrder = order(Channel.TAOBAO, "shop-b", "3003", OrderStatus.PAID, T0);
    private final UnifiedOrder jdOrder = order(Channel.JD, "shop-c", "3001", OrderStatus.PAID, T0);
    private final UnifiedOrder longIdOrder = order(Channel.DOUYIN, "shop-d", LONGEST_PLATFORM_ID, OrderStatus.PAID, T0);

    private List<Map<String, Object>> linesBefore;
    private List<Map<String, Object>> marketingBefore;
    private List<Map<String, Object>> headersBefore;
    private List<Map<String, Object>> historyBefore;
    /** Right after the migration: the other tests write too. */
    private List<Map<String, Object>> linesAfter;
    private List<Map<String, Object>> marketingAfter;
    private List<Map<String, Object>> headersAfter;
    private List<Map<String, Object>> historyAfter;
    private Map<String, UnifiedOrder> readBackAfter;

    @BeforeAll
    void ordersWrittenOnV16ThenMigrated() {
        assertThat(schemaVersion()).isEqualTo("16");
        // The writer as it was at V16: no freeze screen (its freeze_rule table comes with V23).
        OrderWriter writerAtV16 = new OrderWriter(jdbc, clock, false);
        // Today's header upsert also names V25's text columns: lend them for the writes, and take them away again
        // so the migration runs on the tables as V16 left them.
        for (String column : ORDER_TEXT_COLUMNS) {
            jdbc.execute("ALTER TABLE unified_order ADD COLUMN " + column + " VARCHAR(500)");
        }
        writeWith(writerAtV16, List.of(shopAFirst, shopASecond, shopBOrder, jdOrder, longIdOrder));
        // An update before the migration: its lines were deleted and inserted again, so the ids have gaps.
        writeWith(writerAtV16, List.of(withStatus(shopASecond, OrderStatus.SHIPPED, T0.plusHours(3))));
        for (String column : ORDER_TEXT_COLUMNS) {
            jdbc.execute("ALTER TABLE unified_order DROP COLUMN " + column);
        }
        assertThat(jdbc.queryForObject("SELECT MAX(id) FROM order_line", Long.class)).isGreaterThan(10L);
        linesBefore = jdbc.queryForList(LINES);
        marketingBefore = jdbc.queryForList(MARKETING);
        headersBefore = jdbc.queryForList(HEADERS);
        historyBefore = jdbc.queryForList("SELECT * FROM order_status_history ORDER BY id");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        linesAfter = jdbc.queryForList(LINES);
        marketingAfter = jdbc.queryForList(MARKETING);
        headersAfter = jdbc.queryForList(HEADERS);
        historyAfter = jdbc.queryForList("SELECT * FROM order_status_history ORDER BY id");
        readBackAfter = reader.load(List.of(shopAFirst.orderNo(), jdOrder.orderNo(), longIdOrder.orderNo()));
    }

    @Test
    void migratesToTheLatestVersion() {
        assertThat(Integer.parseInt(schemaVersion())).isGreaterThanOrEqualTo(17);
    }

    @Test
    void existingOrdersLinesAndDiscountsComeThroughUnchanged() {
        assertThat(linesAfter).isEqualTo(linesBefore).hasSize(10);
        assertThat(marketingAfter).isEqualTo(marketingBefore).hasSize(5);
        assertThat(headersAfter).isEqualTo(headersBefore).hasSize(5);
        assertThat(historyAfter).isEqualTo(historyBefore).hasSize(6);
        assertThat(readBackAfter)
                .containsEntry(shopAFirst.orderNo(), shopAFirst)
                .containsEntry(jdOrder.orderNo(), jdOrder)
                .containsEntry(longIdOrder.orderNo(), longIdOrder);
    }

    @Test
    void childTablesAreClusteredByOrderNumberWithNoOtherKey() {
        assertThat(indexes("order_line")).containsExactly(Map.entry("PRIMARY", "order_no,line_no"));
        assertThat(indexes("order_marketing")).containsExactly(Map.entry("PRIMARY", "order_no,seq"));
        assertThat(columns("order_line")).doesNotContain("id");
        assertThat(columns("order_marketing")).doesNotContain("id");
    }

    @Test
    void unifiedOrderKeepsOneUniqueKeyBesidesItsId() {
        assertThat(uniqueIndexes("unified_order")).containsOnly(
                Map.entry("PRIMARY", "id"), Map.entry("uk_unified_order_no", "order_no"));
    }

    @Test
    void aSecondRowWithTheSameLineNumberIsRefused() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO order_line (order_no, line_no, quantity, unit_price,"
                + " refund_state) VALUES (?, 1, 1, 1.00, 'NONE')", shopBOrder.orderNo()))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO order_marketing (order_no, seq, type, funded_by, amount)"
                + " VALUES (?, 1, 'SHOP_COUPON', 'SHOP', 1.00)", shopBOrder.orderNo()))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void writerReplacesLinesOfAMigratedOrderAndAddsNewOrders() {
        UnifiedOrder delivered = withStatus(shopAFirst, OrderStatus.DELIVERED, T0.plusHours(6));
        UnifiedOrder oneLine = new UnifiedOrder(delivered.channel(), delivered.shopId(), delivered.platformOrderId(),
                delivered.status(), delivered.platformStatus(), delivered.refundState(), delivered.onHold(),
                delivered.amounts(), delivered.times(), delivered.presale(), delivered.presaleDeliveryDate(),
                delivered.crossBorder(), delivered.buyerRefMasked(), List.of(delivered.lines().get(0)),
                delivered.marketing());
        UnifiedOrder fresh = order(Channel.PDD, "shop-e", "9" + LONGEST_PLATFORM_ID.substring(1), OrderStatus.PAID, T0);

        OrderWriteResult result = write(List.of(oneLine, fresh));

        assertThat(result).isEqualTo(new OrderWriteResult(1, 1, 0, 2));
        assertThat(reader.load(List.of(oneLine.orderNo(), fresh.orderNo())))
                .containsEntry(oneLine.orderNo(), oneLine)
                .containsEntry(fresh.orderNo(), fresh);
    }

    @Test
    void paymentLocksAnOrderByItsShopAndPlatformIdThroughTheOrderNumber() {
        Optional<LockedOrder> locked = tx.execute(status ->
                writer.lockForPayment(Channel.DOUYIN, "shop-d", LONGEST_PLATFORM_ID));
        Optional<LockedOrder> otherShop = tx.execute(status ->
                writer.lockForPayment(Channel.TAOBAO, "shop-b", shopAFirst.platformOrderId()));
        Optional<LockedOrder> otherChannel = tx.execute(status ->
                writer.lockForPayment(Channel.PDD, "shop-c", jdOrder.platformOrderId()));

        assertThat(locked).map(LockedOrder::orderNo).contains(longIdOrder.orderNo());
        assertThat(otherShop).isEmpty();
        assertThat(otherChannel).isEmpty();
    }

    private OrderWriteResult write(List<UnifiedOrder> orders) {
        return writeWith(writer, orders);
    }

    private OrderWriteResult writeWith(OrderWriter orderWriter, List<UnifiedOrder> orders) {
        return tx.execute(status -> orderWriter.write(orders, StatusSource.PULL));
    }

    private String schemaVersion() {
        return jdbc.queryForObject("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
                + " ORDER BY installed_rank DESC LIMIT 1", String.class);
    }

    /** Index name → its columns in key order, for every index of the table. */
    private Map<String, String> indexes(String table) {
        return indexes(table, "");
    }

    private Map<String, String> uniqueIndexes(String table) {
        return indexes(table, " AND non_unique = 0");
    }

    private Map<String, String> indexes(String table, String condition) {
        return jdbc.queryForList("SELECT index_name, GROUP_CONCAT(column_name ORDER BY seq_in_index) AS key_columns"
                        + " FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ?"
                        + condition + " GROUP BY index_name", table).stream()
                .collect(Collectors.toMap(r -> (String) r.get("index_name"), r -> (String) r.get("key_columns")));
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND table_name = ?", String.class, table);
    }
}
