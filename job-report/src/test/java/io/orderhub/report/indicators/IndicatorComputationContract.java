package io.orderhub.report.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.RunLog;
import io.orderhub.common.job.Shard;
import io.orderhub.common.order.Channel;
import io.orderhub.common.stats.WilsonInterval;
import io.orderhub.report.health.DailyIndicators;
import io.orderhub.report.health.DurationStats;
import io.orderhub.report.health.FlowEdge;
import io.orderhub.report.health.FulfilmentCell;
import io.orderhub.report.health.HealthReport;
import io.orderhub.report.health.OnTimeShipping;
import io.orderhub.report.health.Stage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The indicators on seeded histories whose expected values are worked out by hand below. "Now" is 2026-11-12 12:00
 * GMT+8, every default promise is 48 h. Durations above 2048 s are chosen to be exact in a 3-digit HdrHistogram
 * (multiples of its bucket unit: 8 s up to 32768 s, 64 s up to 131072 s, 128 s up to 262144 s).
 *
 * <p>Shop TAOBAO/1001, all created on 2026-11-10 (D10):
 * <pre>
 * A  paid 09:10 (10 min after creation), promise D11 09:10, shipped D10 11:10 (7200 s), delivered D11 11:10,
 *    completed D12 11:10 (history)                           → on time (D11); open finding → exception
 * B  paid 10:00, no promise → default D12 10:00, shipped D12 10:23:28 (174208 s)   → late (D12), default used
 * C  paid 12:00, promise D11 12:00, PARTIALLY_SHIPPED D10 20:00 (history only, 28800 s) → on time (D11)
 * D  paid 13:00, cancelled, never shipped, default ship-by D12 13:00              → excluded cancelled (D12)
 * E  paid 14:00, refund REFUNDED, never shipped, promise D11 14:00                → excluded refunded (D11)
 * F  paid 15:00, promise D11 15:00, not shipped; now is past it                   → not shipped and late (D11)
 * G  presale, delivery date D12 (its promise D10 18:00 is ignored), shipped D12 19:58:56 (187136 s) → on time (D12)
 * H  19-digit id, unpaid, quarantined payload, no lines                           → exception, not due
 * I  paid 18:00, on hold, promise D13 (after the range)                           → exception, not due
 * </pre>
 * Shop JD/2001 is enabled and has no data at all.
 */
abstract class IndicatorComputationContract {

    static final LocalDate D10 = LocalDate.of(2026, 11, 10);
    static final LocalDate D11 = D10.plusDays(1);
    static final LocalDate D12 = D10.plusDays(2);
    static final String LONG_ID = "1234567890123456789";

    IndicatorHarness db;
    String orderA;
    String orderF;

    abstract IndicatorHarness harness();

    @BeforeEach
    void seed() {
        db = harness();
        db.shop(Channel.TAOBAO, "1001");
        db.shop(Channel.JD, "2001");
        orderA = db.order("A", at(D10, "09:00")).status("COMPLETED").paid(at(D10, "09:10"))
                .promise(at(D11, "09:10")).shipped(at(D10, "11:10")).delivered(at(D11, "11:10"))
                .line("SKU-1", "=HYPERLINK(\"x\")").line("SKU-2", "second").insert();
        db.history(orderA, null, "PAID", at(D10, "09:10"));
        db.history(orderA, "PAID", "SHIPPED", at(D10, "11:10"));
        db.history(orderA, "SHIPPED", "DELIVERED", at(D11, "11:10"));
        db.history(orderA, "DELIVERED", "COMPLETED", at(D12, "11:10"));
        String b = db.order("B", at(D10, "10:00")).status("SHIPPED").paid(at(D10, "10:00"))
                .shipped(LocalDateTime.of(2026, 11, 12, 10, 23, 28)).line("SKU-1", "first").insert();
        String c = db.order("C", at(D10, "12:00")).status("PARTIALLY_SHIPPED").paid(at(D10, "12:00"))
                .promise(at(D11, "12:00")).line("SKU-1", "first").insert();
        db.history(c, "PAID", "PARTIALLY_SHIPPED", at(D10, "20:00"));
        db.order("D", at(D10, "13:00")).status("CANCELLED").paid(at(D10, "13:00")).line("SKU-1", "first").insert();
        db.order("E", at(D10, "14:00")).refundState("REFUNDED").paid(at(D10, "14:00")).promise(at(D11, "14:00"))
                .line("SKU-1", "first").insert();
        orderF = db.order("F", at(D10, "15:00")).paid(at(D10, "15:00")).promise(at(D11, "15:00"))
                .line("SKU-1", "first").insert();
        db.order("G", at(D10, "16:00")).status("SHIPPED").paid(at(D10, "16:00")).promise(at(D10, "18:00"))
                .presale(D12).shipped(LocalDateTime.of(2026, 11, 12, 19, 58, 56)).line("SKU-1", "first").insert();
        db.order(LONG_ID, at(D10, "17:00")).status("PENDING_PAYMENT").insert();
        db.order("I", at(D10, "18:00")).onHold().paid(at(D10, "18:00")).promise(LocalDateTime.of(2026, 11, 13, 18, 0))
                .line("SKU-1", "first").insert();
        db.jdbc.update("INSERT INTO raw_payload (channel, shop_id, kind, platform_order_id, received_at, content_hash,"
                + " body_gzip, state, reason, updated_at) VALUES ('TAOBAO', '1001', 'ORDER', ?, ?, ?, ?, 'QUARANTINED',"
                + " 'AMOUNT_INVARIANT', ?)", LONG_ID, at(D10, "17:00"), "0".repeat(64), new byte[] {1},
                at(D10, "17:00"));
        finding(orderA, "NEW");
        finding(b, "RESOLVED");
        db.accuracySample(orderA, at(D10, "04:40"), true, true, null);
        db.accuracySample(b, at(D10, "04:41"), true, true, null);
        db.accuracySample(c, at(D10, "04:42"), false, true, null);
        db.accuracySample(orderF, at(D10, "04:43"), null, null, "NOT_FOUND");
        db.syncRun(at(D10, "23:05"), at(D10, "23:00"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void dayOfCreationCountsOrdersExceptionsAndRefunds() {
        db.compute(D10, D12);

        DailyIndicators d10 = day(D10, "TAOBAO", "1001");
        assertThat(d10.orders()).isEqualTo(9);
        assertThat(d10.exceptionOrders()).as("H quarantined, I on hold, A open finding; B's finding is resolved")
                .isEqualTo(3);
        assertThat(d10.exceptionRatio()).hasValueSatisfying(r -> assertThat(r).isCloseTo(3.0 / 9, within(1e-12)));
        assertThat(d10.refundedOrders()).isEqualTo(1);
        assertThat(d10.onTime()).as("nothing was due on D10").isEqualTo(new OnTimeShipping(0, 0, 0, 0, 0, 0));
    }

    @Test
    void onTimeShippingCountsEachOrderOnItsShipByDay() {
        db.compute(D10, D12);

        assertThat(day(D11, "TAOBAO", "1001").onTime()).as("A, C (partial shipment) on time; E refunded; F late unshipped")
                .isEqualTo(new OnTimeShipping(2, 0, 1, 0, 1, 0));
        assertThat(day(D12, "TAOBAO", "1001").onTime()).as("G presale on time; B late with the default promise; D cancelled")
                .isEqualTo(new OnTimeShipping(1, 1, 0, 1, 0, 1));
        assertThat(day(D11, "TAOBAO", "1001").onTime().rate()).hasValueSatisfying(
                r -> assertThat(r).isCloseTo(2.0 / 3, within(1e-12)));
    }

    @Test
    void paidToShippedIsCountedOnTheDayOfTheFirstShipment() {
        db.compute(D10, D12);

        assertThat(day(D10, "TAOBAO", "1001").paidToShipped())
                .contains(new DurationStats(2, (7200 + 28800) / 2.0, 7200, 28800));
        assertThat(day(D11, "TAOBAO", "1001").paidToShipped()).isEmpty();
        assertThat(day(D12, "TAOBAO", "1001").paidToShipped())
                .contains(new DurationStats(2, (174208 + 187136) / 2.0, 174208, 187136));
    }

    @Test
    void stateAccuracyComesFromTheSamplesWithItsIntervalAndIsNotMeasuredWithoutThem() {
        db.compute(D10, D12);

        DailyIndicators d10 = day(D10, "TAOBAO", "1001");
        assertThat(d10.accuracy().n()).as("the failed fetch is no comparison").isEqualTo(3);
        assertThat(d10.accuracy().matches()).isEqualTo(2);
        WilsonInterval expected = WilsonInterval.of95(2, 3);
        assertThat(d10.accuracy().interval95().orElseThrow().low()).isCloseTo(expected.low(), within(1e-6));
        assertThat(day(D11, "TAOBAO", "1001").accuracy().measured()).isFalse();
        Integer storedN = db.jdbc.queryForObject("SELECT accuracy_n FROM report_daily_indicator WHERE report_day = ?"
                + " AND shop_id = '1001'", Integer.class, D11);
        assertThat(storedN).as("not measured is stored as NULL, never 0").isNull();
    }

    @Test
    void shopWithoutAnyDataReadsAsZeroOrdersAndNotMeasuredEveryDay() {
        db.compute(D10, D12);

        for (LocalDate d : List.of(D10, D11, D12)) {
            DailyIndicators jd = day(d, "JD", "2001");
            assertThat(jd.orders()).isZero();
            assertThat(jd.accuracy().describe()).isEqualTo("not measured");
            assertThat(jd.exceptionRatio()).isEmpty();
            assertThat(jd.onTime().rate()).isEmpty();
            assertThat(jd.paidToShipped()).isEmpty();
            assertThat(jd.syncLagSeconds()).isEmpty();
        }
    }

    @Test
    void syncLagIsTheDayEndBehindTheNewestCursor() {
        db.compute(D10, D12);

        assertThat(day(D10, "TAOBAO", "1001").syncLagSeconds()).contains(3600L);
        assertThat(day(D11, "TAOBAO", "1001").syncLagSeconds()).contains(25 * 3600L);
    }

    @Test
    void rangeFillsEveryDayForEveryEnabledShop() {
        ComputedDays computed = db.compute(D10, D12);

        assertThat(computed.days()).isEqualTo(3);
        assertThat(db.jdbc.queryForList("SELECT report_day FROM report_daily_indicator ORDER BY report_day",
                LocalDate.class)).containsExactly(D10, D10, D11, D11, D12, D12);
    }

    @Test
    void rerunningADayReplacesItAndLeavesTheOtherDays() {
        db.compute(D10, D12);
        db.jdbc.update("UPDATE unified_order SET status = 'SHIPPED', shipped_at = ? WHERE order_no = ?",
                at(D11, "14:00"), orderF);

        db.compute(D11, D11);

        assertThat(day(D11, "TAOBAO", "1001").onTime()).isEqualTo(new OnTimeShipping(3, 0, 0, 0, 1, 0));
        assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM report_daily_indicator WHERE report_day = ?",
                Long.class, D11)).isEqualTo(2);
        assertThat(day(D10, "TAOBAO", "1001").orders()).as("D10 untouched").isEqualTo(9);
        assertThat(day(D12, "TAOBAO", "1001").paidToShipped()).as("D12 keeps what the first run stored")
                .contains(new DurationStats(2, (174208 + 187136) / 2.0, 174208, 187136));
    }

    @Test
    void aSingleDayRunReadsTheOrdersThatFallDueOnItAndNoOthers() {
        ComputedDays d12 = db.compute(D12, D12);

        assertThat(day(D12, "TAOBAO", "1001").onTime())
                .as("D (cancelled, nothing of it after D10 but its default ship-by) is still read")
                .isEqualTo(new OnTimeShipping(1, 1, 0, 1, 0, 1));
        assertThat(d12.ordersScanned()).as("all but H: unpaid, nothing of it on or after D12").isEqualTo(8);
    }

    @Test
    void stageDurationsMergeOverTheRangeAndNameTheBottleneck() {
        db.compute(D10, D12);

        HealthReport report = db.reader.read(D10, D12, LocalDateTime.of(2026, 11, 12, 12, 0));

        FlowEdge paidToShipped = edge(report, "TAOBAO", Stage.PAID, Stage.SHIPPED);
        assertThat(paidToShipped.orders()).isEqualTo(4);
        assertThat(paidToShipped.p50Seconds()).as("2nd of 7200, 28800, 174208, 187136").isEqualTo(28800);
        assertThat(paidToShipped.p95Seconds()).isEqualTo(187136);
        assertThat(paidToShipped.bottleneck()).isTrue();
        FlowEdge createdToPaid = edge(report, "TAOBAO", Stage.CREATED, Stage.PAID);
        assertThat(createdToPaid.orders()).as("every paid order: A..G and I").isEqualTo(8);
        assertThat(createdToPaid.p95Seconds()).isEqualTo(600);
        assertThat(createdToPaid.bottleneck()).isFalse();
        assertThat(edge(report, "TAOBAO", Stage.SHIPPED, Stage.DELIVERED).p50Seconds()).isEqualTo(86400);
        assertThat(edge(report, "TAOBAO", Stage.DELIVERED, Stage.COMPLETED).orders()).isEqualTo(1);
        assertThat(edge(report, HealthReportReader.ALL_CHANNELS, Stage.PAID, Stage.SHIPPED).orders()).isEqualTo(4);
        assertThat(report.stages()).filteredOn(s -> s.day().equals(D12) && s.from() == Stage.PAID)
                .singleElement().satisfies(s -> {
                    assertThat(s.durations()).isEqualTo(new DurationStats(2, 180672.0, 174208, 187136));
                    assertThat(s.bottleneck()).isTrue();
                });
    }

    @Test
    void fulfilmentCellsCrossChannelPaymentDayAndSku() {
        db.compute(D10, D12);

        List<FulfilmentCell> cells = db.reader.read(D10, D12, LocalDateTime.now()).fulfilment();
        assertThat(cells).extracting(FulfilmentCell::sku).containsExactly("SKU-1", "SKU-2");
        FulfilmentCell sku1 = cells.get(0);
        assertThat(sku1.day()).isEqualTo(D10);
        assertThat(sku1.title()).as("stored raw; the file writers neutralise it").isEqualTo("=HYPERLINK(\"x\")");
        assertThat(sku1.lines()).as("one line each of A..G and I").isEqualTo(8);
        assertThat(sku1.shipped()).as("A, B, C, G").isEqualTo(4);
        assertThat(sku1.late()).as("B shipped late, F unshipped past its promise").isEqualTo(2);
        assertThat(sku1.paidToShipped().orElseThrow().count()).isEqualTo(4);
        assertThat(cells.get(1).lines()).isEqualTo(1);
    }

    @Test
    void longPlatformOrderIdIsMatchedToItsQuarantineEntry() {
        db.compute(D10, D10);

        assertThat(db.jdbc.queryForObject("SELECT order_no FROM unified_order WHERE platform_order_id = ?",
                String.class, LONG_ID)).isEqualTo("TB" + LONG_ID);
        db.jdbc.update("DELETE FROM raw_payload");
        db.compute(D10, D10);
        assertThat(day(D10, "TAOBAO", "1001").exceptionOrders()).as("without its quarantine entry H is no exception")
                .isEqualTo(2);
    }

    @Test
    void runLogsWhatItComputedAndSkipsTheAbsentSteps() {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        HealthIndicatorsRun run = new HealthIndicatorsRun(db.computation, db.reader,
                none.getBeanProvider(io.orderhub.report.health.MaturityAssessor.class),
                none.getBeanProvider(io.orderhub.report.health.HealthReportFiles.class),
                none.getBeanProvider(io.orderhub.report.health.HealthReportDelivery.class), db.clock);
        List<String> lines = new ArrayList<>();
        RunLog log = (pattern, args) -> lines.add(org.slf4j.helpers.MessageFormatter.arrayFormat(pattern, args)
                .getMessage());

        String summary = run.run(new HealthIndicatorsRequest(null, null), new JobContext(Shard.SOLE, log));

        assertThat(summary).startsWith("days=1 (2026-11-11..2026-11-11) shops=2 rows=");
        assertThat(lines).anyMatch(l -> l.startsWith("computed 1 day(s) 2026-11-11..2026-11-11 (GMT+8): 2 shop(s),"))
                .contains("maturity: skipped (no MaturityAssessor in this executor)",
                        "files: skipped (no HealthReportFiles in this executor)",
                        "delivery: skipped (no HealthReportDelivery in this executor)");
    }

    /**
     * Shop DOUYIN/3001 (not enabled; its rows come from its orders), created on D10, rule tb-big live:
     * <pre>
     * P  paid 08:10 (600 s), held 08:12 (120 s), released D11 02:12 (64800 s), shipped D11 06:12 (14400 s)
     * R  paid 09:05 (300 s), held 09:06 (60 s), rejected 12:06 (10800 s), cancelled — its path ends at REJECTED
     * Q  paid 10:00, held 10:02 (120 s), still held, not shipped
     * S  paid 11:00, only a dry-run decision (never held), shipped 13:00 (7200 s)
     * </pre>
     */
    @Test
    void heldOrdersTakeTheDetourThroughReleasedOrEndAtRejected() {
        String p = db.order(Channel.DOUYIN, "3001", "P", at(D10, "08:00")).status("SHIPPED").paid(at(D10, "08:10"))
                .promise(at(D11, "12:00")).shipped(at(D11, "06:12")).frozen("RELEASED", at(D10, "08:12")).insert();
        db.freezeDecision(p, "tb-big", false, at(D10, "08:12"), "RELEASED", at(D11, "02:12"));
        db.freezeDecision(p, "watch-all", true, at(D10, "08:12"), null, null);
        String r = db.order(Channel.DOUYIN, "3001", "R", at(D10, "09:00")).status("CANCELLED").paid(at(D10, "09:05"))
                .frozen("REJECTED", at(D10, "09:06")).insert();
        db.freezeDecision(r, "tb-big", false, at(D10, "09:06"), "REJECTED", at(D10, "12:06"));
        String q = db.order(Channel.DOUYIN, "3001", "Q", at(D10, "10:00")).paid(at(D10, "10:00"))
                .promise(at(D12, "10:00")).frozen("HELD", at(D10, "10:02")).insert();
        db.freezeDecision(q, "tb-big", false, at(D10, "10:02"), null, null);
        String s = db.order(Channel.DOUYIN, "3001", "S", at(D10, "11:00")).status("SHIPPED").paid(at(D10, "11:00"))
                .shipped(at(D10, "13:00")).insert();
        db.freezeDecision(s, "watch-all", true, at(D10, "11:00"), null, null);

        db.compute(D10, D12);
        HealthReport report = db.reader.read(D10, D12, LocalDateTime.of(2026, 11, 12, 12, 0));

        assertThat(edge(report, "DOUYIN", Stage.CREATED, Stage.PAID).orders()).isEqualTo(4);
        FlowEdge paidToHeld = edge(report, "DOUYIN", Stage.PAID, Stage.HELD);
        assertThat(paidToHeld.orders()).as("P, R, Q; S was only in a dry run").isEqualTo(3);
        assertThat(paidToHeld.p50Seconds()).as("2nd of 60, 120, 120").isEqualTo(120);
        FlowEdge released = edge(report, "DOUYIN", Stage.HELD, Stage.RELEASED);
        assertThat(released.orders()).isEqualTo(1);
        assertThat(released.p95Seconds()).as("the live decision's time, not the dry run's").isEqualTo(64800);
        assertThat(edge(report, "DOUYIN", Stage.HELD, Stage.REJECTED).p50Seconds()).isEqualTo(10800);
        assertThat(edge(report, "DOUYIN", Stage.RELEASED, Stage.SHIPPED).p50Seconds()).isEqualTo(14400);
        FlowEdge paidToShipped = edge(report, "DOUYIN", Stage.PAID, Stage.SHIPPED);
        assertThat(paidToShipped.orders()).as("S alone: P went through the hold").isEqualTo(1);
        assertThat(paidToShipped.p50Seconds()).isEqualTo(7200);
        assertThat(report.flow()).filteredOn(e -> e.channel().equals("DOUYIN"))
                .as("nothing leaves REJECTED; a held order without a decision is not released")
                .noneMatch(e -> e.from() == Stage.REJECTED || (e.from() == Stage.HELD && e.to() == Stage.SHIPPED));
        assertThat(released.bottleneck()).as("held → released has the largest p95 of DOUYIN").isTrue();
        assertThat(report.stages()).filteredOn(st -> st.channel().equals("DOUYIN") && st.to() == Stage.RELEASED)
                .singleElement().satisfies(st -> assertThat(st.day()).as("the day of the release").isEqualTo(D11));
        DailyIndicators d10 = day(D10, "DOUYIN", "3001");
        assertThat(d10.orders()).isEqualTo(4);
        assertThat(d10.exceptionOrders()).as("P, R, Q were held by a rule (released, rejected or still held)")
                .isEqualTo(3);
        assertThat(day(D11, "DOUYIN", "3001").onTime()).as("P shipped before its promise")
                .isEqualTo(new OnTimeShipping(1, 0, 0, 0, 0, 0));
    }

    /**
     * A large older history — orders created 60 to 40 days before a three-week range, all finished before it, save
     * one presale order due inside it — must neither show up in the range nor be read by its pass, and must not change
     * the seeded days.
     */
    @Test
    void weeksOfEmptyDaysOverAnOlderHistoryReadOnlyTheOrdersThatCanAffectThem() {
        LocalDate rangeFrom = LocalDate.of(2026, 10, 13);
        LocalDate rangeTo = rangeFrom.plusDays(20);
        List<Object[]> orders = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            LocalDateTime created = rangeFrom.minusDays(60).atStartOfDay().plusMinutes(14L * i); // 60..40 days before
            LocalDateTime paid = created.plusMinutes(5);
            boolean shipped = i % 10 != 0; // every tenth never ships: late on its (old) ship-by day
            LocalDateTime shippedAt = shipped ? paid.plusHours(20) : null;
            String orderNo = Channel.TAOBAO.orderNo(String.valueOf(9_000_000_000_000_000_000L + i));
            boolean held = i % 50 == 7;
            orders.add(new Object[] {orderNo, String.valueOf(9_000_000_000_000_000_000L + i),
                    shipped ? "COMPLETED" : "PAID", created, paid, shipped ? shippedAt.plusDays(2) : paid,
                    shipped ? shippedAt : null, shipped ? shippedAt.plusDays(1) : null, held ? "RELEASED" : null,
                    held ? paid.plusMinutes(1) : null});
            history.add(new Object[] {orderNo, "PENDING_PAYMENT", "PAID", paid});
            if (shipped) {
                history.add(new Object[] {orderNo, "PAID", "SHIPPED", shippedAt});
                history.add(new Object[] {orderNo, "SHIPPED", "DELIVERED", shippedAt.plusDays(1)});
                history.add(new Object[] {orderNo, "DELIVERED", "COMPLETED", shippedAt.plusDays(2)});
            }
        }
        db.jdbc.batchUpdate("INSERT INTO unified_order (order_no, channel, shop_id, platform_order_id, status,"
                + " platform_status, refund_state, goods_amount, discount_amount, freight_amount, tax_amount, paid_amount,"
                + " created_at, paid_at, platform_modified_at, shipped_at, delivered_at, synced_at, freeze_state,"
                + " freeze_held_at) VALUES (?, 'TAOBAO', '1001', ?, ?, 'X', 'NONE', 10.00, 0.00, 0.00, 0.00, 10.00, ?,"
                + " ?, ?, ?, ?, NOW(), ?, ?)", orders);
        db.jdbc.batchUpdate("INSERT INTO order_status_history (order_no, from_status, to_status, changed_at, source,"
                + " recorded_at) VALUES (?, ?, ?, ?, 'PULL', NOW())", history);
        String presale = db.order("OLD-PRESALE", rangeFrom.minusDays(45).atTime(10, 0)).paid(rangeFrom.minusDays(45)
                .atTime(10, 0)).presale(rangeFrom.plusDays(12)).line("SKU-9", "presale").insert();

        ComputedDays empty = db.compute(rangeFrom, rangeTo);

        assertThat(empty.ordersScanned()).as("only the presale order falls due in the range").isEqualTo(1);
        assertThat(empty.stages()).isEmpty();
        assertThat(empty.fulfilment()).isEmpty();
        for (LocalDate d = rangeFrom; !d.isAfter(rangeTo); d = d.plusDays(1)) {
            for (String[] shop : List.of(new String[] {"TAOBAO", "1001"}, new String[] {"JD", "2001"})) {
                DailyIndicators row = day(d, shop[0], shop[1]);
                assertThat(row.orders()).as(d + " " + shop[0]).isZero();
                assertThat(row.exceptionRatio()).isEmpty();
                assertThat(row.paidToShipped()).isEmpty();
                assertThat(row.accuracy().measured()).isFalse();
                if (!(d.equals(rangeFrom.plusDays(12)) && shop[0].equals("TAOBAO"))) {
                    assertThat(row.onTime().rate()).as(d + " " + shop[0] + " has nothing due").isEmpty();
                }
            }
        }
        assertThat(day(rangeFrom.plusDays(12), "TAOBAO", "1001").onTime()).as(presale + " not shipped, past due")
                .isEqualTo(new OnTimeShipping(0, 0, 1, 0, 0, 0));

        ComputedDays seeded = db.compute(D10, D12);

        assertThat(seeded.ordersScanned()).as("the nine orders of D10; the old history is before the look-back")
                .isEqualTo(9);
        DailyIndicators d10 = day(D10, "TAOBAO", "1001");
        assertThat(d10.orders()).isEqualTo(9);
        assertThat(d10.exceptionOrders()).isEqualTo(3);
        assertThat(day(D11, "TAOBAO", "1001").onTime()).isEqualTo(new OnTimeShipping(2, 0, 1, 0, 1, 0));
        assertThat(day(D12, "TAOBAO", "1001").onTime()).isEqualTo(new OnTimeShipping(1, 1, 0, 1, 0, 1));
        assertThat(day(D12, "TAOBAO", "1001").paidToShipped())
                .contains(new DurationStats(2, (174208 + 187136) / 2.0, 174208, 187136));
        assertThat(edge(db.reader.read(D10, D12, LocalDateTime.now()), "TAOBAO", Stage.PAID, Stage.SHIPPED).orders())
                .isEqualTo(4);
    }

    private DailyIndicators day(LocalDate day, String channel, String shop) {
        return db.store.readDaily(day, day).stream()
                .filter(d -> d.channel().equals(channel) && d.shopId().equals(shop)).findFirst().orElseThrow();
    }

    private static FlowEdge edge(HealthReport report, String channel, Stage from, Stage to) {
        Optional<FlowEdge> edge = report.flow().stream()
                .filter(e -> e.channel().equals(channel) && e.from() == from && e.to() == to).findFirst();
        return edge.orElseThrow(() -> new AssertionError("no edge " + channel + " " + from + "→" + to));
    }

    private void finding(String orderNo, String state) {
        LocalDateTime at = at(D10, "20:00");
        db.jdbc.update("INSERT INTO consistency_finding (open_key, order_no, channel, shop_id, check_name, field,"
                + " their_system, severity, state, first_run_id, last_run_id, first_seen_at, last_seen_at)"
                + " VALUES (?, ?, 'TAOBAO', '1001', 'AMOUNT', 'paid', 'CHANNEL', 'HIGH', ?, 'r', 'r', ?, ?)",
                "NEW".equals(state) ? orderNo + "|AMOUNT|paid" : null, orderNo, state, at, at);
    }

    static LocalDateTime at(LocalDate day, String time) {
        return LocalDateTime.of(day, java.time.LocalTime.parse(time));
    }
}
