package io.orderhub.sandbox.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShopOrderBookTest {
    private static final long NOW = Instant.parse("2024-01-15T02:30:00Z").getEpochSecond();
    private static final long SPAN = 30 * 86_400L;
    private final OrderGenerator generator = new OrderGenerator(1, Channel.TAOBAO, NOW - SPAN, SPAN, 0, () -> 0);
    private final ShopOrderBook book = new ShopOrderBook(generator, 0, "TB10001", 5000);

    @Test
    void windowCountsExactlyTheOrdersModifiedInsideIt() {
        long from = NOW - 3 * 86_400L;
        long to = NOW - 2 * 86_400L;
        long expected = IntStream.range(0, 5000).filter(i -> generator.timeline(0, i).visibleAt(NOW))
                .mapToLong(i -> generator.timeline(0, i).modifiedAt(NOW)).filter(m -> m >= from && m <= to).count();
        WindowPage page = book.window(TimeAxis.MODIFIED, from, to, true, 0, 100, NOW);
        assertThat(page.total()).isEqualTo((int) expected).isPositive();
    }

    @Test
    void descendingPagesComeNewestFirst() {
        WindowPage page = book.window(TimeAxis.MODIFIED, NOW - SPAN, NOW, true, 0, 100, NOW);
        long[] modified = Arrays.stream(page.indices()).mapToLong(i -> book.order(i, NOW).modifiedAt()).toArray();
        for (int i = 1; i < modified.length; i++) {
            assertThat(modified[i]).isLessThanOrEqualTo(modified[i - 1]);
        }
    }

    @Test
    void touchedOrderMovesToTheFrontOfTheNewestFirstWindow() {
        WindowPage before = book.window(TimeAxis.MODIFIED, NOW - SPAN, NOW, true, 0, 1000, NOW);
        int old = before.indices()[999];
        book.touch(old, NOW, NOW);
        WindowPage after = book.window(TimeAxis.MODIFIED, NOW - SPAN, NOW, true, 0, 1, NOW);
        assertThat(after.indices()).containsExactly(old);
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(book.order(old, NOW).modifiedAt()).isEqualTo(NOW);
        assertThat(book.order(old, NOW).touches()).isEqualTo(1);
    }

    @Test
    void ordersCreatedLaterAppearWhenTheClockReachesThem() {
        int before = book.visibleCount(NOW - 86_400L);
        assertThat(book.visibleCount(NOW)).isGreaterThan(before);
    }

    @Test
    void burstOrdersArePaidAtTheirWallClockSecondAndJoinBothWindows() {
        int before = book.visibleCount(NOW);
        long wall = NOW + 600;
        assertThat(book.addBurstOrders(3, wall, NOW)).isEqualTo(3);
        assertThat(book.visibleCount(NOW)).isEqualTo(before + 3);
        assertThat(book.indexLimit()).isEqualTo(5003);
        WindowPage newest = book.window(TimeAxis.MODIFIED, wall, wall, true, 0, 10, NOW);
        assertThat(newest.indices()).containsExactlyInAnyOrder(5000, 5001, 5002);
        assertThat(book.window(TimeAxis.CREATED, wall, wall, false, 0, 10, NOW).total()).isEqualTo(3);
        SimOrder order = book.order(5001, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.paid()).isTrue();
        assertThat(order.timeline().createdAt()).isEqualTo(wall);
        assertThat(order.modifiedAt()).isEqualTo(wall);
        assertThat(order.orderId()).isEqualTo(OrderIds.orderId(Channel.TAOBAO, 0, 5001, wall));
        assertThat(book.visible(5002, NOW)).isTrue();
        assertThat(book.visible(5003, NOW)).isFalse();
    }

    @Test
    void burstOrdersSortAmongOrdersWhenTheSimulatedClockIsAhead() {
        long later = NOW + 86_400;
        book.visibleCount(later);
        long wall = NOW + 60;
        book.addBurstOrders(2, wall, later);
        WindowPage all = book.window(TimeAxis.MODIFIED, NOW - SPAN, later, false, 0, 10_000, later);
        long[] modified = Arrays.stream(all.indices()).mapToLong(i -> book.order(i, later).modifiedAt()).toArray();
        for (int i = 1; i < modified.length; i++) {
            assertThat(modified[i]).isGreaterThanOrEqualTo(modified[i - 1]);
        }
        assertThat(all.indices()).contains(5000, 5001);
        // A rebuild after the clock moves keeps them.
        assertThat(book.window(TimeAxis.MODIFIED, wall, wall, false, 0, 10, later + 1).indices()).contains(5000, 5001);
    }
}
