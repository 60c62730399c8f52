package io.orderhub.sandbox.burst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.sandbox.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BurstPlanTest {
    private final BurstPlan peak = BurstPlan.of(new BurstPlan.Step(Duration.ofSeconds(60), 600),
            new BurstPlan.Step(Duration.ofSeconds(60), 1200), new BurstPlan.Step(Duration.ofSeconds(60), 2400));

    @Test
    void ordersPerShopFollowTheRisingRate() {
        assertThat(peak.ordersPerShopAfter(0)).isZero();
        assertThat(peak.ordersPerShopAfter(1_000)).isEqualTo(10);
        assertThat(peak.ordersPerShopAfter(60_000)).isEqualTo(600);
        assertThat(peak.ordersPerShopAfter(90_000)).isEqualTo(1200);
        assertThat(peak.ordersPerShopAfter(180_000)).isEqualTo(4200);
        assertThat(peak.ordersPerShopAfter(999_000)).isEqualTo(4200);
        assertThat(peak.length()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void fractionalRatesAccumulateWithoutLosingOrders() {
        BurstPlan slow = BurstPlan.of(new BurstPlan.Step(Duration.ofSeconds(10), 7),
                new BurstPlan.Step(Duration.ofSeconds(10), 11));
        // 7 × 10/60 + 11 × 10/60 = 3: rounding happens once over the sum, not per step.
        assertThat(slow.ordersPerShopAfter(20_000)).isEqualTo(3);
        long previous = 0;
        for (long t = 0; t <= 20_000; t += 100) {
            assertThat(slow.ordersPerShopAfter(t)).isGreaterThanOrEqualTo(previous);
            previous = slow.ordersPerShopAfter(t);
        }
    }

    @Test
    void emptyChannelsMeanAllAndInvalidStepsAreRefused() {
        assertThat(peak.appliesTo(Channel.JD)).isTrue();
        assertThat(peak.onlyFor(Channel.PDD).appliesTo(Channel.JD)).isFalse();
        assertThat(new BurstPlan(peak.steps(), Set.of(Channel.PDD)).appliesTo(Channel.PDD)).isTrue();
        assertThatThrownBy(() -> new BurstPlan(List.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BurstPlan.Step(Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BurstPlan.Step(Duration.ofSeconds(1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
