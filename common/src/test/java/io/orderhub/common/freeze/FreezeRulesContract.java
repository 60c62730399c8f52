package io.orderhub.common.freeze;

import static io.orderhub.common.testing.OrderFixtures.T0;
import static io.orderhub.common.testing.OrderFixtures.order;
import static io.orderhub.common.testing.OrderFixtures.withStatus;
import static io.orderhub.common.testing.OrderFixtures.withTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.OrderTexts;
import io.orderhub.common.order.OrderTimes;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.testapp.TestApplication;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Freeze rules on each database we support: every path into PAID (pull, push, reconcile, manual) holds a matching
 * order exactly once, in the transaction of the change; later and concurrent syncs never release it; operators'
 * release and reject are audited; dry run records and changes nothing; a bad rule is refused by name.
 */
@SpringBootTest(classes = TestApplication.class,
        properties = {"oms.events.enabled=true", "oms.freeze.rules-ttl=0s"})
abstract class FreezeRulesContract {

    @Autowired
    OrderWriter writer;
    @Autowired
    FreezeHoldDecisions decisions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    String shopId;

    @BeforeEach
    void freshShop() {
        shopId = "frz-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void rule(String name, String kind, BigDecimal threshold, String sku, Integer limit, boolean dryRun) {
        jdbc.update("INSERT INTO freeze_rule (name, kind, channel, shop_id, threshold, sku, quantity_limit, enabled,"
                + " dry_run) VALUES (?, ?, 'TAOBAO', ?, ?, ?, ?, TRUE, ?)", name, kind, shopId, threshold, sku, limit,
                dryRun);
    }

    private void keywordRule(String name, String kind, String keywords, boolean dryRun) {
        jdbc.update("INSERT INTO freeze_rule (name, kind, channel, shop_id, keywords, enabled, dry_run)"
                + " VALUES (?, ?, 'TAOBAO', ?, ?, TRUE, ?)", name, kind, shopId, keywords, dryRun);
    }

    private String ruleName(String what) {
        return shopId + "-" + what;
    }

    private UnifiedOrder paid(String id) {
        return order(Channel.TAOBAO, shopId, id, OrderStatus.PAID, T0.plusMinutes(10));
    }

    private UnifiedOrder awaitingPayment(String id) {
        UnifiedOrder o = order(Channel.TAOBAO, shopId, id, OrderStatus.PENDING_PAYMENT, T0.plusMinutes(1));
        return new UnifiedOrder(o.channel(), o.shopId(), o.platformOrderId(), o.status(), "WAIT_BUYER_PAY",
                o.refundState(), o.onHold(), o.amounts(), new OrderTimes(T0, null, T0.plusMinutes(1), null, null, null),
                o.presale(), o.presaleDeliveryDate(), o.crossBorder(), o.buyerRefMasked(), o.lines(), o.marketing(),
                o.texts());
    }

    private void write(UnifiedOrder order, StatusSource source) {
        tx.executeWithoutResult(s -> writer.write(List.of(order), source));
    }

    private void pay(UnifiedOrder order, StatusSource source) {
        tx.executeWithoutResult(s -> writer.markPaid(writer.lockForPayment(order.channel(), order.shopId(),
                order.platformOrderId()).orElseThrow(), T0.plusMinutes(5), source));
    }

    private Map<String, Object> hold(String orderNo) {
        return jdbc.queryForMap("SELECT freeze_state, freeze_rule, freeze_reason, status FROM unified_order"
                + " WHERE order_no = ?", orderNo);
    }

    private List<String> decisionRows(String orderNo) {
        return jdbc.queryForList("SELECT CONCAT(rule_name, ' ', source, ' ', CASE WHEN dry_run THEN 'dry' ELSE 'live'"
                + " END) FROM freeze_decision WHERE order_no = ? ORDER BY id", String.class, orderNo);
    }

    private int heldEvents(String orderNo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM order_event_outbox WHERE order_no = ? AND status_after = 'HELD'",
                Integer.class, orderNo);
    }

    private boolean readyToShip(String orderNo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ready_to_ship_order WHERE order_no = ?", Integer.class,
                orderNo) == 1;
    }

    /** The shop's OrderHeld alerts: summary, details and whether it is firing. */
    private List<Map<String, Object>> heldAlerts() {
        return jdbc.queryForList("SELECT summary, details, CASE WHEN ends_at IS NULL THEN 'firing' ELSE 'resolved' END"
                + " AS state FROM alert_state WHERE name = 'OrderHeld' AND labels LIKE ?", "%\"" + shopId + "\"%");
    }

    private void assertHeldOnceBy(String orderNo, String rule, StatusSource source) {
        assertThat(hold(orderNo)).containsEntry("freeze_state", "HELD");
        assertThat(hold(orderNo).get("freeze_rule")).isEqualTo(rule);
        assertThat(decisionRows(orderNo)).containsExactly(rule + " " + source + " live");
        assertThat(heldEvents(orderNo)).isEqualTo(1);
        assertThat(readyToShip(orderNo)).isFalse();
    }

    @Test
    void pullHoldsAPaidOrderAboveTheThresholdOnceAndALaterVersionDoesNotReleaseIt() {
        rule(ruleName("big"), "PAID_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        UnifiedOrder order = paid("p-1");
        write(order, StatusSource.PULL);
        assertHeldOnceBy(order.orderNo(), ruleName("big"), StatusSource.PULL);
        assertThat(hold(order.orderNo()).get("freeze_reason")).isEqualTo("paid 189.00 > 100.00");

        write(order, StatusSource.PULL);
        write(withStatus(order, OrderStatus.PAID, T0.plusMinutes(20)), StatusSource.PULL);
        write(withStatus(order, OrderStatus.SHIPPED, T0.plusMinutes(30)), StatusSource.PULL);

        assertThat(hold(order.orderNo())).containsEntry("freeze_state", "HELD").containsEntry("status", "SHIPPED");
        assertThat(decisionRows(order.orderNo())).hasSize(1);
        assertThat(heldEvents(order.orderNo())).isEqualTo(1);
    }

    @Test
    void pushHoldsAMatchingOrderOnce() {
        rule(ruleName("big"), "PAID_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        UnifiedOrder order = paid("c-1");
        write(awaitingPayment("c-1"), StatusSource.CALLBACK);
        write(order, StatusSource.CALLBACK);
        write(order, StatusSource.CALLBACK);
        assertHeldOnceBy(order.orderNo(), ruleName("big"), StatusSource.CALLBACK);
    }

    @Test
    void reconcileAndManualPaymentsHoldAMatchingOrderOnce() {
        rule(ruleName("big"), "PAID_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        for (StatusSource source : List.of(StatusSource.RECONCILE, StatusSource.MANUAL)) {
            UnifiedOrder order = awaitingPayment("m-" + source);
            write(order, StatusSource.PULL);
            assertThat(hold(order.orderNo()).get("freeze_state")).isNull();
            pay(order, source);
            write(withStatus(paid("m-" + source), OrderStatus.PAID, T0.plusMinutes(40)), StatusSource.PULL);
            assertHeldOnceBy(order.orderNo(), ruleName("big"), source);
        }
    }

    @Test
    void aConcurrentSyncOfTheSameOrderDoesNotReleaseItsHold() throws Exception {
        rule(ruleName("big"), "PAID_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        UnifiedOrder order = paid("cc-1");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> writers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UnifiedOrder version = withStatus(order, OrderStatus.PAID, T0.plusMinutes(10 + i));
            writers.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                write(version, StatusSource.PULL);
            }));
        }
        start.countDown();
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        write(withStatus(order, OrderStatus.SHIPPED, T0.plusMinutes(50)), StatusSource.PULL);

        assertHeldOnceBy(order.orderNo(), ruleName("big"), StatusSource.PULL);
    }

    @Test
    void dryRunRecordsTheDecisionAndChangesNothing() {
        rule(ruleName("dry"), "PAID_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, true);
        UnifiedOrder order = paid("d-1");
        write(order, StatusSource.PULL);

        assertThat(hold(order.orderNo()).get("freeze_state")).isNull();
        assertThat(decisionRows(order.orderNo())).containsExactly(ruleName("dry") + " PULL dry");
        assertThat(heldEvents(order.orderNo())).isZero();
        assertThat(readyToShip(order.orderNo())).isTrue();
        assertThat(heldAlerts()).isEmpty();
    }

    @Test
    void ordersHeldInOneBatchShareOneAlertThatNamesEachOfThem() {
        rule(ruleName("big"), "PAID_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        UnifiedOrder first = paid("g-1");
        UnifiedOrder second = paid("g-2");
        tx.executeWithoutResult(s -> writer.write(List.of(first, second), StatusSource.PULL));

        assertThat(heldAlerts()).singleElement().satisfies(alert -> {
            assertThat(alert).containsEntry("state", "firing").containsEntry("summary", "2 orders of TAOBAO shop "
                    + shopId + " held by freeze rules (" + ruleName("big") + " 2)");
            assertThat((String) alert.get("details")).contains(first.orderNo() + " - " + ruleName("big")
                    + ": paid 189.00 > 100.00", second.orderNo() + " - " + ruleName("big") + ": paid 189.00 > 100.00");
        });
    }

    @Test
    void aLaterBatchUpdatesTheShopsAlertWithItsOwnHeldOrders() {
        rule(ruleName("big"), "PAID_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        write(paid("l-1"), StatusSource.PULL);
        UnifiedOrder later = paid("l-2");
        write(later, StatusSource.CALLBACK);

        assertThat(heldAlerts()).singleElement().satisfies(alert -> {
            assertThat(alert).containsEntry("state", "firing").containsEntry("summary", "1 order of TAOBAO shop "
                    + shopId + " held by freeze rules (" + ruleName("big") + " 1)");
            assertThat((String) alert.get("details")).contains(later.orderNo()).doesNotContain(paid("l-1").orderNo());
        });
    }

    @Test
    void theShopsAlertResolvesOnlyOnceNoOrderOfTheShopIsHeld() {
        rule(ruleName("big"), "PAID_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        UnifiedOrder first = paid("e-1");
        UnifiedOrder second = paid("e-2");
        tx.executeWithoutResult(s -> writer.write(List.of(first, second), StatusSource.PULL));

        decisions.decide(first.orderNo(), HoldDecision.RELEASE, "li.wei", "buyer verified by phone");
        assertThat(heldAlerts()).singleElement().extracting(a -> a.get("state")).isEqualTo("firing");

        decisions.decide(second.orderNo(), HoldDecision.REJECT, "li.wei", "stolen card suspected");
        assertThat(heldAlerts()).singleElement().extracting(a -> a.get("state")).isEqualTo("resolved");
    }

    @Test
    void aBatchHoldingManyOrdersNamesTheFirstTwentyAndCountsTheRest() {
        rule(ruleName("big"), "PAID_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        List<UnifiedOrder> orders = java.util.stream.IntStream.rangeClosed(1, 23)
                .mapToObj(i -> paid("7" + String.format("%018d", i))).toList();
        tx.executeWithoutResult(s -> writer.write(orders, StatusSource.PULL));

        assertThat(heldAlerts()).singleElement().satisfies(alert -> {
            assertThat((String) alert.get("summary")).startsWith("23 orders of TAOBAO shop");
            assertThat((String) alert.get("details")).contains(orders.get(19).orderNo(), "... and 3 more.")
                    .doesNotContain(orders.get(20).orderNo());
        });
    }

    @Test
    void anOrderBelowEveryRuleIsNotHeld() {
        rule(ruleName("huge"), "PAID_AMOUNT_ABOVE", new BigDecimal("189.00"), null, null, false);
        rule(ruleName("sku"), "SKU_QUANTITY_ABOVE", null, "SKU-500G", 1, false);
        UnifiedOrder order = paid("n-1");
        write(order, StatusSource.PULL);
        assertThat(hold(order.orderNo()).get("freeze_state")).isNull();
        assertThat(decisionRows(order.orderNo())).isEmpty();
        assertThat(readyToShip(order.orderNo())).isTrue();
    }

    @Test
    void aBadRuleIsRefusedByNameWithAnAlertAndTheOtherRulesStillHold() {
        rule(ruleName("broken"), "PAID_AMOUNT_ABOVE", null, null, null, false);
        rule(ruleName("sku"), "SKU_QUANTITY_ABOVE", null, "SKU-500G", 0, false);
        UnifiedOrder order = paid("b-1");
        write(order, StatusSource.PULL);

        assertHeldOnceBy(order.orderNo(), ruleName("sku"), StatusSource.PULL);
        assertThat(hold(order.orderNo()).get("freeze_reason")).isEqualTo("quantity of SKU-500G 1 > 0");
        assertThat(jdbc.queryForList("SELECT summary FROM alert_state WHERE name = 'FreezeRuleInvalid'"
                + " AND ends_at IS NULL", String.class))
                .contains("Freeze rule " + ruleName("broken") + " is off: threshold is invalid");

        jdbc.update("UPDATE freeze_rule SET enabled = FALSE WHERE name = ?", ruleName("broken"));
        write(paid("b-2"), StatusSource.PULL);
        assertThat(jdbc.queryForList("SELECT summary FROM alert_state WHERE name = 'FreezeRuleInvalid'"
                + " AND ends_at IS NULL", String.class))
                .noneMatch(summary -> summary.contains(ruleName("broken")));
    }

    @Test
    void firstOrderOfABuyerAboveTheAmountIsHeldAndTheirSecondIsNot() {
        rule(ruleName("first"), "FIRST_ORDER_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        UnifiedOrder first = paid("f-1");
        write(first, StatusSource.PULL);
        UnifiedOrder second = paid("f-2");
        write(second, StatusSource.PULL);

        assertHeldOnceBy(first.orderNo(), ruleName("first"), StatusSource.PULL);
        assertThat(hold(second.orderNo()).get("freeze_state")).isNull();
    }

    @Test
    void twoFirstOrdersOfOneBuyerInOneBatchAreRepeatOrders() {
        rule(ruleName("first"), "FIRST_ORDER_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        UnifiedOrder one = paid("t-1");
        UnifiedOrder other = paid("t-2");
        tx.executeWithoutResult(s -> writer.write(List.of(one, other), StatusSource.PULL));

        assertThat(hold(one.orderNo()).get("freeze_state")).isNull();
        assertThat(hold(other.orderNo()).get("freeze_state")).isNull();
        assertThat(decisionRows(one.orderNo())).isEmpty();
        assertThat(decisionRows(other.orderNo())).isEmpty();
    }

    @Test
    void aBuyersOrderInOneShopDoesNotMakeTheirFirstOrderInAnotherShopARepeat() {
        String otherShop = shopId + "-b";
        rule(ruleName("first"), "FIRST_ORDER_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        jdbc.update("INSERT INTO freeze_rule (name, kind, channel, shop_id, threshold, enabled, dry_run)"
                + " VALUES (?, 'FIRST_ORDER_AMOUNT_ABOVE', 'TAOBAO', ?, 100.00, TRUE, FALSE)", ruleName("first-b"),
                otherShop);
        write(paid("x-1"), StatusSource.PULL);
        UnifiedOrder repeat = paid("x-2");
        UnifiedOrder firstInOtherShop = order(Channel.TAOBAO, otherShop, "x-3", OrderStatus.PAID, T0.plusMinutes(10));
        tx.executeWithoutResult(s -> writer.write(List.of(repeat, firstInOtherShop), StatusSource.PULL));

        assertHeldOnceBy(paid("x-1").orderNo(), ruleName("first"), StatusSource.PULL);
        assertThat(hold(repeat.orderNo()).get("freeze_state")).isNull();
        assertHeldOnceBy(firstInOtherShop.orderNo(), ruleName("first-b"), StatusSource.PULL);
    }

    @Test
    void aReleasedOrderEnteringPaidAgainIsNotHeldAgain() {
        rule(ruleName("big"), "PAID_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        UnifiedOrder order = paid("a-1");
        write(order, StatusSource.PULL);
        decisions.decide(order.orderNo(), HoldDecision.RELEASE, "li.wei", "buyer verified by phone");

        write(withStatus(order, OrderStatus.CANCELLED, T0.plusMinutes(20)), StatusSource.PULL);
        write(withStatus(order, OrderStatus.PAID, T0.plusMinutes(30)), StatusSource.PULL);

        assertThat(hold(order.orderNo())).containsEntry("freeze_state", "RELEASED").containsEntry("status", "PAID");
        assertThat(decisionRows(order.orderNo())).containsExactly(ruleName("big") + " PULL live");
        assertThat(heldEvents(order.orderNo())).isEqualTo(1);
    }

    @Test
    void releaseIsAuditedWithOperatorReasonAndRuleAndMakesTheOrderReadyToShip() {
        rule(ruleName("big"), "PAID_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        UnifiedOrder order = paid("r-1");
        write(order, StatusSource.PULL);

        HoldDecisionResult result = decisions.decide(order.orderNo(), HoldDecision.RELEASE, "li.wei",
                "buyer verified by phone");

        assertThat(result.freezeState()).isEqualTo("RELEASED");
        assertThat(result.rule()).isEqualTo(ruleName("big"));
        assertThat(hold(order.orderNo()).get("freeze_state")).isEqualTo("RELEASED");
        assertThat(readyToShip(order.orderNo())).isTrue();
        assertThat(jdbc.queryForMap("SELECT operator_decision, operator, operator_reason FROM freeze_decision"
                + " WHERE order_no = ?", order.orderNo())).containsEntry("operator_decision", "RELEASED")
                .containsEntry("operator", "li.wei").containsEntry("operator_reason", "buyer verified by phone");
        assertThat(jdbc.queryForList("SELECT CONCAT(action, ' ', operator, ' ', outcome, ' ', reason, ' ', evidence)"
                + " FROM order_audit WHERE platform_order_id = ? AND shop_id = ?", String.class, "r-1", shopId))
                .containsExactly("HOLD_RELEASE li.wei APPLIED buyer verified by phone {\"rule\":\"" + ruleName("big")
                        + "\",\"freezeState\":\"HELD\"}");

        write(withStatus(order, OrderStatus.PAID, T0.plusMinutes(30)), StatusSource.PULL);
        assertThat(hold(order.orderNo()).get("freeze_state")).isEqualTo("RELEASED");
    }

    @Test
    void rejectKeepsTheOrderFromShippingAndASecondDecisionIsRefusedAndAudited() {
        rule(ruleName("big"), "PAID_AMOUNT_ABOVE", new BigDecimal("100.00"), null, null, false);
        UnifiedOrder order = paid("j-1");
        write(order, StatusSource.PULL);

        decisions.decide(order.orderNo(), HoldDecision.REJECT, "zhang.min", "stolen card suspected");

        assertThat(hold(order.orderNo()).get("freeze_state")).isEqualTo("REJECTED");
        assertThat(readyToShip(order.orderNo())).isFalse();
        assertThatThrownBy(() -> decisions.decide(order.orderNo(), HoldDecision.RELEASE, "li.wei", "oops"))
                .isInstanceOf(HoldDecisionRefusedException.class).hasMessageContaining("is not held");
        assertThat(jdbc.queryForList("SELECT CONCAT(action, ' ', outcome) FROM order_audit"
                + " WHERE platform_order_id = ? AND shop_id = ? ORDER BY id", String.class, "j-1", shopId))
                .containsExactly("HOLD_REJECT APPLIED", "HOLD_RELEASE REFUSED");
        assertThat(jdbc.queryForObject("SELECT orders FROM freeze_hold_count WHERE shop_id = ?"
                + " AND freeze_state = 'REJECTED'", Integer.class, shopId)).isEqualTo(1);
    }

    @Test
    void decisionsNameTheBadFieldAndAnUnknownOrder() {
        assertThatThrownBy(() -> decisions.decide("TBnope", HoldDecision.RELEASE, " ", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("operator: required");
        assertThatThrownBy(() -> decisions.decide("TBnope", HoldDecision.RELEASE, "li.wei", "x"))
                .isInstanceOf(HoldDecisionRefusedException.class).hasMessage("orderNo: no order TBnope");
    }

    @Test
    void aRemarkWithAKeywordHoldsTheOrderNamingKeywordAndField() {
        keywordRule(ruleName("remark"), "REMARK_KEYWORD", "刷单|代付", false);
        UnifiedOrder order = withTexts(paid("kr-1"), new OrderTexts("帮朋友代付的，地址随便填😅", "老客户", null));
        write(order, StatusSource.PULL);

        assertHeldOnceBy(order.orderNo(), ruleName("remark"), StatusSource.PULL);
        assertThat(hold(order.orderNo()).get("freeze_reason")).isEqualTo("buyer remark contains '代付'");
    }

    @Test
    void aRemarkAndMemoWithoutAKeywordDoNotHold() {
        keywordRule(ruleName("remark"), "REMARK_KEYWORD", "刷单|代付", false);
        UnifiedOrder order = withTexts(paid("kn-1"), new OrderTexts("周末不在家，请放快递柜", "VIP客户，优先发顺丰",
                "新疆维吾尔自治区 乌鲁木齐市 天山区"));
        write(order, StatusSource.PULL);

        assertThat(hold(order.orderNo()).get("freeze_state")).isNull();
        assertThat(decisionRows(order.orderNo())).isEmpty();
        assertThat(readyToShip(order.orderNo())).isTrue();
    }

    @Test
    void aKeywordInTheReceiverRegionHoldsTheOrder() {
        keywordRule(ruleName("region"), "ADDRESS_KEYWORD", "乌鲁木齐|拉萨", false);
        UnifiedOrder order = withTexts(paid("ka-1"), new OrderTexts(null, null, "新疆维吾尔自治区 乌鲁木齐市 天山区"));
        write(order, StatusSource.PULL);

        assertHeldOnceBy(order.orderNo(), ruleName("region"), StatusSource.PULL);
        assertThat(hold(order.orderNo()).get("freeze_reason")).isEqualTo("receiver region contains '乌鲁木齐'");
    }

    @Test
    void aKeywordRuleInDryRunRecordsTheDecisionAndHoldsNothing() {
        keywordRule(ruleName("dry-remark"), "REMARK_KEYWORD", "刷单", true);
        UnifiedOrder order = withTexts(paid("kd-1"), new OrderTexts(null, "疑似刷单，先观察", null));
        write(order, StatusSource.PULL);

        assertThat(hold(order.orderNo()).get("freeze_state")).isNull();
        assertThat(decisionRows(order.orderNo())).containsExactly(ruleName("dry-remark") + " PULL dry");
        assertThat(jdbc.queryForObject("SELECT reason FROM freeze_decision WHERE order_no = ?", String.class,
                order.orderNo())).isEqualTo("seller memo contains '刷单'");
        assertThat(heldEvents(order.orderNo())).isZero();
        assertThat(readyToShip(order.orderNo())).isTrue();
    }

    @Test
    void aPaymentNoticeScreensTheStoredRemarkOfTheOrder() {
        keywordRule(ruleName("remark"), "REMARK_KEYWORD", "刷单", false);
        UnifiedOrder order = withTexts(awaitingPayment("kp-1"), new OrderTexts("刷单勿发", null, "浙江省 杭州市"));
        write(order, StatusSource.PULL);
        assertThat(hold(order.orderNo()).get("freeze_state")).isNull();

        pay(order, StatusSource.RECONCILE);

        assertHeldOnceBy(order.orderNo(), ruleName("remark"), StatusSource.RECONCILE);
        assertThat(hold(order.orderNo()).get("freeze_reason")).isEqualTo("buyer remark contains '刷单'");
    }

    @Test
    void aKeywordRuleWithABlankKeywordIsRefusedByNameAndTheOtherRulesStillHold() {
        keywordRule(ruleName("blank"), "REMARK_KEYWORD", "刷单||代付", false);
        keywordRule(ruleName("region"), "ADDRESS_KEYWORD", "拉萨", false);
        UnifiedOrder order = withTexts(paid("kb-1"), new OrderTexts("刷单", null, "西藏自治区 拉萨市 城关区"));
        write(order, StatusSource.PULL);

        assertHeldOnceBy(order.orderNo(), ruleName("region"), StatusSource.PULL);
        assertThat(jdbc.queryForList("SELECT summary FROM alert_state WHERE name = 'FreezeRuleInvalid'"
                + " AND ends_at IS NULL", String.class))
                .contains("Freeze rule " + ruleName("blank") + " is off: keywords is invalid");
    }
}
