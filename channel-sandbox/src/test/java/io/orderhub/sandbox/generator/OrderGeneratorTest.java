package io.orderhub.sandbox.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.truth.GroundTruth;
import io.orderhub.sandbox.truth.UnifiedOrder;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderGeneratorTest {
    private static final long NOW = Instant.parse("2024-01-15T02:30:00Z").getEpochSecond();
    private static final long SPAN = 30 * 86_400L;

    private static List<SimOrder> orders(long seed, Channel channel, int count, double inconsistent, long now) {
        OrderGenerator generator = new OrderGenerator(seed, channel, NOW - SPAN, SPAN, inconsistent, () -> 0);
        return IntStream.range(0, count).filter(i -> generator.timeline(0, i).visibleAt(now))
                .mapToObj(i -> generator.order(0, "S", i, now, 0, 0)).toList();
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void sameSeedGivesSameOrders(Channel channel) {
        List<UnifiedOrder> first = orders(7, channel, 500, 0.05, NOW).stream().map(GroundTruth::of).toList();
        List<UnifiedOrder> second = orders(7, channel, 500, 0.05, NOW).stream().map(GroundTruth::of).toList();
        assertThat(first).isEqualTo(second).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void ordersCarryEveryShapeOfRemarkMemoAndRegionIncludingHostileOnes(Channel channel) {
        List<SimTexts> texts = orders(5, channel, 3000, 0, NOW).stream().map(SimOrder::texts).toList();

        assertThat(texts).extracting(SimTexts::buyerRemark)
                .contains(null, "", "   ", OrderTextCatalog.EMOJI_ACROSS_THE_LIMIT)
                .anyMatch(r -> r != null && r.contains("🎁"))
                .anyMatch(r -> r != null && r.startsWith("\u3000"))
                .anyMatch(r -> r != null && r.contains("ＡＢＣ"))
                .anyMatch(r -> r != null && r.contains("\n") && r.contains("\""));
        assertThat(texts).extracting(SimTexts::sellerMemo).contains(null, "")
                .anyMatch(m -> m != null && m.length() > 500);
        assertThat(texts).extracting(SimTexts::province).contains(null, "浙江省", " 上海 ");
        assertThat(texts).extracting(SimTexts::town).contains(null, "", "文新街道")
                .anyMatch(t -> t != null && t.length() > 200);
    }

    @Test
    void aTouchedOrderCarriesAMemoNamingTheSecondOfItsLatestTouch() {
        OrderGenerator generator = new OrderGenerator(9, Channel.JD, NOW - SPAN, SPAN, 0, () -> 0);
        long touchedAt = NOW - 60;

        SimTexts twice = generator.order(0, "S", 4, NOW, touchedAt, 2).texts();
        SimTexts fiveTimes = generator.order(0, "S", 4, NOW, touchedAt, 5).texts();

        assertThat(twice.sellerMemo()).isEqualTo("商家备注 v" + SimTime.text(touchedAt).substring(11));
        assertThat(fiveTimes).isEqualTo(twice);
        assertThat(twice.buyerRemark()).isEqualTo(generator.order(0, "S", 4, NOW, 0, 0).texts().buyerRemark());
    }

    @Test
    void differentSeedsGiveDifferentOrders() {
        assertThat(orders(1, Channel.PDD, 50, 0, NOW).stream().map(GroundTruth::of).toList())
                .isNotEqualTo(orders(2, Channel.PDD, 50, 0, NOW).stream().map(GroundTruth::of).toList());
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void consistentOrdersObeyTheAmountInvariants(Channel channel) {
        List<UnifiedOrder> truth = orders(11, channel, 3000, 0.1, NOW).stream().map(GroundTruth::of).toList();
        assertThat(truth).filteredOn(UnifiedOrder::consistent).allMatch(UnifiedOrder::amountsBalance);
        assertThat(truth).filteredOn(o -> !o.consistent()).isNotEmpty().noneMatch(UnifiedOrder::amountsBalance);
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void linesAddUpToTheOrderTotals(Channel channel) {
        for (SimOrder o : orders(3, channel, 1000, 0, NOW)) {
            assertThat(o.lines().stream().mapToLong(SimLine::discountFen).sum()).isEqualTo(o.discountFen());
            assertThat(o.lines().stream().mapToLong(SimLine::taxFen).sum()).isEqualTo(o.taxFen());
            assertThat(o.paidFen()).isEqualTo(o.goodsFen() + o.freightFen() + o.taxFen() - o.discountFen());
        }
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void orderIdsDecodeToShopAndIndex(Channel channel) {
        for (int shop : new int[] {0, 3}) {
            for (int index : new int[] {0, 17, 999_999}) {
                String id = OrderIds.orderId(channel, shop, index, NOW);
                assertThat(OrderIds.decode(channel, id)).contains(new OrderIds.OrderRef(shop, index));
            }
        }
        assertThat(OrderIds.decode(channel, "not-an-id")).isEmpty();
    }

    @Test
    void eachChannelShowsOnlyStatesItsApiCanExpress() {
        assertThat(statuses(Channel.JD)).doesNotContain(OrderStatus.PENDING_PAYMENT, OrderStatus.PARTIALLY_SHIPPED,
                OrderStatus.DELIVERED);
        assertThat(statuses(Channel.PDD)).containsOnly(OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        assertThat(statuses(Channel.DOUYIN)).doesNotContain(OrderStatus.DELIVERED);
        assertThat(statuses(Channel.TAOBAO)).containsAll(EnumSet.allOf(OrderStatus.class));
    }

    private static Set<OrderStatus> statuses(Channel channel) {
        Set<OrderStatus> seen = EnumSet.noneOf(OrderStatus.class);
        orders(5, channel, 5000, 0, NOW).forEach(o -> seen.add(o.status()));
        return seen;
    }

    @Test
    void dataCoversGiftsPresaleCrossBorderRefundsAndHolds() {
        List<SimOrder> taobao = orders(5, Channel.TAOBAO, 5000, 0, NOW);
        assertThat(taobao).anyMatch(o -> o.lines().stream().anyMatch(SimLine::gift));
        assertThat(taobao).anyMatch(o -> o.presale() && o.timeline().expectedDeliveryAt() != 0);
        assertThat(taobao).anyMatch(o -> o.presale() && o.timeline().expectedDeliveryAt() == 0);
        assertThat(taobao).anyMatch(o -> o.crossBorder() && o.taxFen() > 0);
        assertThat(taobao).anyMatch(o -> o.refundState() == RefundState.PARTIAL);
        assertThat(taobao).anyMatch(o -> o.refundState() == RefundState.REFUNDED);
        assertThat(taobao).anyMatch(o -> o.refundState() == RefundState.REQUESTED);
        assertThat(orders(5, Channel.JD, 5000, 0, NOW)).anyMatch(SimOrder::onHold)
                .anyMatch(o -> o.refundState() == RefundState.PARTIAL)
                .anyMatch(o -> o.refundState() == RefundState.REQUESTED)
                .anyMatch(o -> o.presale() && o.timeline().expectedDeliveryAt() != 0)
                .noneMatch(o -> o.inconsistency() == Inconsistency.REFUND_NOT_REFLECTED);
        assertThat(orders(5, Channel.DOUYIN, 5000, 0, NOW))
                .anyMatch(o -> o.promotionFen("talent") > 0 && o.authorId() != 0)
                .anyMatch(o -> o.lines().stream().anyMatch(l -> l.platformSku() > (1L << 53)));
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void lateStampsAreOlderThanTheChangeButAfterThePreviousEvent(Channel channel) {
        OrderGenerator plain = new OrderGenerator(3, channel, NOW - SPAN, SPAN, 0, 0, () -> 0);
        OrderGenerator late = new OrderGenerator(3, channel, NOW - SPAN, SPAN, 0, 0, () -> 0, () -> 1);
        int lagged = 0;
        for (int i = 0; i < 500; i++) {
            OrderTimeline timeline = plain.timeline(0, i);
            if (!timeline.visibleAt(NOW)) {
                continue;
            }
            long real = plain.order(0, "S", i, NOW, 0, 0).modifiedAt();
            long stamped = late.order(0, "S", i, NOW, 0, 0).modifiedAt();
            assertThat(stamped).isLessThanOrEqualTo(real)
                    .isGreaterThanOrEqualTo(real - OrderGenerator.MAX_STAMP_LAG_SECONDS);
            if (stamped < real) {
                lagged++;
                assertThat(stamped).isGreaterThan(timeline.previousModifiedAt(NOW));
            }
        }
        assertThat(lagged).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void advancingTheClockMovesOrdersForwardOnly(Channel channel) {
        OrderGenerator generator = new OrderGenerator(9, channel, NOW - SPAN, SPAN, 0, () -> 0);
        long later = NOW + 10 * 86_400L;
        int progressed = 0;
        for (int i = 0; i < 2000; i++) {
            if (!generator.timeline(0, i).visibleAt(NOW)) {
                continue;
            }
            SimOrder before = generator.order(0, "S", i, NOW, 0, 0);
            SimOrder after = generator.order(0, "S", i, later, 0, 0);
            assertThat(after.modifiedAt()).isGreaterThanOrEqualTo(before.modifiedAt());
            if (after.status() != before.status()) {
                progressed++;
                assertThat(after.modifiedAt()).isGreaterThan(NOW);
                assertThat(before.status() == OrderStatus.CANCELLED).isFalse();
            }
        }
        assertThat(progressed).isPositive();
    }

    @Test
    void orderRefundStateFollowsTheLines() {
        assertThat(RefundState.ofLines(List.of(RefundState.REFUNDED, RefundState.REFUNDED)))
                .isEqualTo(RefundState.REFUNDED);
        assertThat(RefundState.ofLines(List.of(RefundState.REFUNDED, RefundState.REQUESTED)))
                .isEqualTo(RefundState.PARTIAL);
        assertThat(RefundState.ofLines(List.of(RefundState.NONE, RefundState.REQUESTED)))
                .isEqualTo(RefundState.REQUESTED);
        assertThat(RefundState.ofLines(List.of(RefundState.NONE))).isEqualTo(RefundState.NONE);
    }
}
