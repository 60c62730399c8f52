package io.orderhub.common.persistence;

import static io.orderhub.common.testing.OrderFixtures.T0;
import static io.orderhub.common.testing.OrderFixtures.paidOrder;
import static io.orderhub.common.testing.OrderFixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.testapp.TestApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The writer's guarantees, run against each database we support (migrations included). */
@SpringBootTest(classes = TestApplication.class)
abstract class OrderWriterContract {

    @Autowired
    OrderWriter writer;
    @Autowired
    OrderReader reader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private String uniqueId() {
        return UUID.randomUUID().toString().substring(0, 18);
    }

    private OrderWriteResult write(List<UnifiedOrder> orders) {
        return tx.execute(status -> writer.write(orders, StatusSource.PULL));
    }

    @Test
    void upsertOfTheSameOrderTwiceLeavesOneRow() {
        UnifiedOrder order = paidOrder(uniqueId());

        OrderWriteResult first = write(List.of(order));
        OrderWriteResult second = write(List.of(order));

        assertThat(first).isEqualTo(new OrderWriteResult(1, 0, 0, 1));
        assertThat(second).isEqualTo(new OrderWriteResult(0, 0, 1, 0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unified_order WHERE order_no = ?", Integer.class,
                order.orderNo())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_line WHERE order_no = ?", Integer.class,
                order.orderNo())).isEqualTo(2);
    }

    @Test
    void storedOrderReadsBackFieldForField() {
        UnifiedOrder order = paidOrder(uniqueId());

        write(List.of(order));

        assertThat(reader.load(List.of(order.orderNo()))).containsEntry(order.orderNo(), order);
    }

    @Test
    void olderVersionNeverMovesAnOrderBackwards() {
        UnifiedOrder paid = paidOrder(uniqueId());
        UnifiedOrder shipped = withStatus(paid, OrderStatus.SHIPPED, T0.plusHours(5));

        write(List.of(shipped));
        OrderWriteResult stale = write(List.of(paid));

        assertThat(stale.unchanged()).isEqualTo(1);
        assertThat(reader.load(List.of(paid.orderNo())).get(paid.orderNo()).status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(jdbc.queryForObject("SELECT version FROM unified_order WHERE order_no = ?", Integer.class,
                paid.orderNo())).isEqualTo(1);
    }

    @Test
    void newerVersionUpdatesAndRecordsTheStatusTransition() {
        UnifiedOrder paid = paidOrder(uniqueId());
        write(List.of(paid));

        OrderWriteResult result = write(List.of(withStatus(paid, OrderStatus.SHIPPED, T0.plusHours(5))));

        assertThat(result).isEqualTo(new OrderWriteResult(0, 1, 0, 1));
        List<String> transitions = jdbc.queryForList(
                "SELECT CONCAT(COALESCE(from_status, '-'), '>', to_status) FROM order_status_history "
                        + "WHERE order_no = ? ORDER BY id", String.class, paid.orderNo());
        assertThat(transitions).containsExactly("->PAID", "PAID>SHIPPED");
        assertThat(jdbc.queryForObject("SELECT version FROM unified_order WHERE order_no = ?", Integer.class,
                paid.orderNo())).isEqualTo(2);
    }

    @Test
    void duplicateWithinOneBatchKeepsTheNewest() {
        UnifiedOrder paid = paidOrder(uniqueId());
        UnifiedOrder shipped = withStatus(paid, OrderStatus.SHIPPED, T0.plusHours(5));

        OrderWriteResult result = write(List.of(shipped, paid));

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(reader.load(List.of(paid.orderNo())).get(paid.orderNo()).status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void batchesLargerThanOneChunkAreWrittenCompletely() {
        List<UnifiedOrder> orders = new ArrayList<>();
        for (int i = 0; i < OrderWriter.CHUNK * 2 + 7; i++) {
            orders.add(paidOrder(uniqueId()));
        }

        OrderWriteResult result = write(orders);

        assertThat(result.inserted()).isEqualTo(orders.size());
        assertThat(reader.load(orders.stream().map(UnifiedOrder::orderNo).toList())).hasSize(orders.size());
    }
}
