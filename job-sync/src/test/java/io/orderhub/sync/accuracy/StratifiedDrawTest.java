package io.orderhub.sync.accuracy;

import static io.orderhub.common.order.OrderStatus.CANCELLED;
import static io.orderhub.common.order.OrderStatus.COMPLETED;
import static io.orderhub.common.order.OrderStatus.PAID;
import static io.orderhub.common.order.OrderStatus.PARTIALLY_SHIPPED;
import static io.orderhub.common.order.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.OrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StratifiedDrawTest {

    @Test
    void quotasFollowStratumSizesByLargestRemainderAfterOneOrderPerStatus() {
        // 1000 orders, 50 drawn: one per status, then 45 shared by (size − 1) / 995.
        Map<OrderStatus, Integer> quotas = StratifiedDraw.quotas(Map.of(SHIPPED, 600, COMPLETED, 300, PAID, 90,
                CANCELLED, 8, PARTIALLY_SHIPPED, 2), 50);

        // shares: 599·45/995 = 27.09, 299·45/995 = 13.52, 89·45/995 = 4.03, 7·45/995 = 0.32, 1·45/995 = 0.05;
        // floors give 44, the one left over goes to the largest remainder (COMPLETED, .52).
        assertThat(quotas).containsExactlyInAnyOrderEntriesOf(Map.of(SHIPPED, 28, COMPLETED, 15, PAID, 5,
                CANCELLED, 1, PARTIALLY_SHIPPED, 1));
        assertThat(quotas.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(50);
    }

    @Test
    void aShopWithFewerOrdersThanTheSampleSizeIsDrawnWhole() {
        assertThat(StratifiedDraw.quotas(Map.of(PAID, 3, SHIPPED, 4, CANCELLED, 0), 50))
                .containsExactlyInAnyOrderEntriesOf(Map.of(PAID, 3, SHIPPED, 4));
    }

    @Test
    void aSampleSmallerThanTheNumberOfStatusesGoesToTheLargestStrata() {
        assertThat(StratifiedDraw.quotas(Map.of(SHIPPED, 70, COMPLETED, 25, CANCELLED, 5), 2))
                .containsExactlyInAnyOrderEntriesOf(Map.of(SHIPPED, 1, COMPLETED, 1, CANCELLED, 0));
    }

    @Test
    void noStratumGetsMoreThanItHolds() {
        Map<OrderStatus, Integer> sizes = new EnumMap<>(OrderStatus.class);
        sizes.put(PAID, 1);
        sizes.put(SHIPPED, 2);
        sizes.put(COMPLETED, 97);
        Map<OrderStatus, Integer> quotas = StratifiedDraw.quotas(sizes, 99);

        quotas.forEach((status, quota) -> assertThat(quota).as(status.name()).isLessThanOrEqualTo(sizes.get(status)));
        assertThat(quotas.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(99);
    }

    @Test
    void drawTakesTheFirstRankedOrdersOfEachStratum() {
        List<SampleCandidate> ranked = new ArrayList<>();
        ranked.addAll(stratum(PAID, 10));
        ranked.addAll(stratum(SHIPPED, 30));
        ranked.addAll(stratum(CANCELLED, 2));

        List<SampleCandidate> drawn = StratifiedDraw.draw(ranked, 7);

        // one each, then 4 shared by 9/38, 29/38, 1/38 of 4: 0.95, 3.05, 0.11 → floors 0, 3, 0; leftover to PAID.
        assertThat(drawn).extracting(SampleCandidate::orderNo).containsExactly("PAID-1", "PAID-2", "SHIPPED-1",
                "SHIPPED-2", "SHIPPED-3", "SHIPPED-4", "CANCELLED-1");
    }

    @Test
    void aSampleSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> StratifiedDraw.quotas(Map.of(PAID, 3), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perShop");
    }

    /** A whole stratum as the store returns it: in rank order, each candidate carrying the stratum size. */
    private static List<SampleCandidate> stratum(OrderStatus status, int size) {
        List<SampleCandidate> candidates = new ArrayList<>();
        for (int rank = 1; rank <= size; rank++) {
            candidates.add(new SampleCandidate(status + "-" + rank, String.valueOf(rank), status,
                    new BigDecimal("10.00"), null, size));
        }
        return candidates;
    }
}
