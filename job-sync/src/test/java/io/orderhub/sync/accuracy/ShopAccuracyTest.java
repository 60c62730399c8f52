package io.orderhub.sync.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.testing.OrderFixtures;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShopAccuracyTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 20, 0);
    /** The platform's side: PAID, 189.00 yuan paid. */
    private static final UnifiedOrder PLATFORM = OrderFixtures.order(Channel.TAOBAO, "1001", "42", OrderStatus.PAID,
            OrderFixtures.T0);

    @Test
    void equalAmountsOfDifferentScaleMatchAndAFenDifferenceDoesNot() {
        assertThat(SampledOrder.compared(ours("42", OrderStatus.PAID, "189.0"), NOW, PLATFORM).amountMatch()).isTrue();
        assertThat(SampledOrder.compared(ours("42", OrderStatus.PAID, "188.99"), NOW, PLATFORM).amountMatch())
                .isFalse();
    }

    @Test
    void ourPaidOrderThatThePlatformShippedIsAStatusMismatch() {
        UnifiedOrder shipped = OrderFixtures.withStatus(PLATFORM, OrderStatus.SHIPPED, OrderFixtures.T0.plusDays(1));

        SampledOrder sampled = SampledOrder.compared(ours("42", OrderStatus.PAID, "189.00"), NOW, shipped);

        assertThat(sampled.statusMatch()).isFalse();
        assertThat(sampled.matches()).isFalse();
        assertThat(sampled.describeMismatch()).isEqualTo("42: status ours PAID, platform SHIPPED");
    }

    @Test
    void fetchErrorsAreNeitherMatchesNorMismatchesOfTheAccuracy() {
        ShopAccuracy shop = new ShopAccuracy("TAOBAO", "1001", NOW, NOW.minusDays(7));
        shop.add(SampledOrder.compared(ours("1", OrderStatus.PAID, "189.00"), NOW, PLATFORM));
        shop.add(SampledOrder.compared(ours("2", OrderStatus.PAID, "189.01"), NOW, PLATFORM));
        shop.add(SampledOrder.failed(ours("3", OrderStatus.PAID, "189.00"), NOW, "PLATFORM_UNAVAILABLE:50", "down"));

        assertThat(shop.accuracy().n()).isEqualTo(2);
        assertThat(shop.accuracy().matches()).isEqualTo(1);
        assertThat(shop.fetchErrors()).isEqualTo(1);
        assertThat(shop.amountMismatches()).isEqualTo(1);
        assertThat(shop.statusMismatches()).isZero();
        assertThat(shop.outcome()).isEqualTo(ShopAccuracy.Outcome.MEASURED);
    }

    @Test
    void aShopWithOnlyFetchErrorsIsNotMeasured() {
        ShopAccuracy shop = new ShopAccuracy("JD", "2002", NOW, NOW.minusDays(7));
        shop.drew(1, List.of(ours("9", OrderStatus.SHIPPED, "5.00")));
        shop.add(SampledOrder.failed(ours("9", OrderStatus.SHIPPED, "5.00"), NOW, "NOT_FOUND", null));

        assertThat(shop.outcome()).isEqualTo(ShopAccuracy.Outcome.NOT_MEASURED);
        assertThat(shop.summary()).contains("sampled 1", "fetch errors 1 {NOT_FOUND=1}", "accuracy not measured");
    }

    private static SampleCandidate ours(String platformOrderId, OrderStatus status, String paid) {
        return new SampleCandidate("TB" + platformOrderId, platformOrderId, status, new BigDecimal(paid),
                OrderFixtures.T0, 1);
    }
}
