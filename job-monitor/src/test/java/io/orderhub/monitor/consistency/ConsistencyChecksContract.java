package io.orderhub.monitor.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.job.Shard;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.monitor.consistency.check.CheckName;
import io.orderhub.monitor.consistency.finding.FindingStore;
import io.orderhub.monitor.consistency.finding.FindingUpdateRequest;
import io.orderhub.monitor.consistency.finding.FindingUpdateRequest.FindingAction;
import io.orderhub.monitor.consistency.finding.FindingUpdates;
import io.orderhub.monitor.consistency.repair.SafeRepair;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.monitor.consistency.source.ExternalSources;
import io.orderhub.monitor.consistency.source.JdbcViewSource;
import io.orderhub.monitor.consistency.source.RemoteQuerySource;
import io.orderhub.monitor.watch.FiringAlerts;
import io.orderhub.monitor.watch.RecordingAlertSink;
import io.orderhub.sandbox.erp.ledger.ErpLedgerGenerator;
import io.orderhub.sandbox.erp.ledger.ErpLedgerScenario;
import io.orderhub.sandbox.erp.ledger.InjectedInconsistency;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consistency checks over a generated ERP/WMS/ledger world: every injected inconsistency is found (recall
 * 100 %) and nothing else (no finding on clean orders), per check; the findings' lifecycle across runs; operators'
 * updates; runs at once. Run on MariaDB ({@link ConsistencyChecksIT}) and H2 ({@link ConsistencyChecksH2IT}).
 */
abstract class ConsistencyChecksContract {

    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 30);
    static final int ORDERS = 3000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    final MutableClock clock = new MutableClock(NOW.atZone(GMT8).toInstant(), GMT8);
    final RecordingAlertSink sink = new RecordingAlertSink();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    ErpLedgerGenerator.Generated generated;

    @BeforeEach
    void generateWorld() throws Exception {
        generated = GeneratedWorld.load(jdbc, ErpLedgerScenario.of(ORDERS, 0.01));
    }

    ConsistencyRun consistencyRun(int chunkSize, int highThreshold) {
        return consistencyRun(chunkSize, highThreshold, List.of());
    }

    ConsistencyRun consistencyRun(int chunkSize, int highThreshold, List<SafeRepair> repairs) {
        ConsistencyProperties properties = new ConsistencyProperties(chunkSize,
                new ConsistencyProperties.Alerts(highThreshold, 10, 50), GeneratedWorld.QUERIES, null, null, null, 200);
        TransactionTemplate template = new TransactionTemplate(transactions);
        return new ConsistencyRun(jdbc, ConsistencyConfiguration.allChecks(), new FindingStore(jdbc),
                new ConsistencyAlerts(jdbc, new FiringAlerts(jdbc, sink, clock), properties, clock),
                new ExternalSources(Optional.empty(), new JdbcViewSource(jdbc, template, properties.queries()),
                        new RemoteQuerySource(jdbc, template, null, Map.of(), clock)), repairs, chunkSize, clock);
    }

    ConsistencyRun.Outcome runAll(Shard shard) {
        return consistencyRun(500, 1_000_000).check(ConsistencyCheckRequest.all(), context(shard));
    }

    JobContext context(Shard shard) {
        return new JobContext(shard, (pattern, args) -> log.add(MessageFormatter.arrayFormat(pattern, args)
                .getMessage()));
    }

    @Test
    void everyCheckFindsExactlyTheInjectedInconsistenciesAndNothingOnCleanOrders() {
        assertThat(generated.injected()).as("every kind injected at least once").hasSize(
                InjectedInconsistency.values().length);

        runAll(Shard.SOLE);

        for (CheckName check : CheckName.values()) {
            assertThat(GeneratedWorld.openFindings(jdbc, check.name())).as(check.name())
                    .isNotEmpty()
                    .isEqualTo(GeneratedWorld.injected(jdbc, check.name()));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consistency_finding", Integer.class))
                .isEqualTo(generated.injectedTotal());
    }

    @Test
    void aFindingNamesOrderFieldBothValuesSystemSeverityAndAction() {
        runAll(Shard.SOLE);

        String orderNo = jdbc.queryForObject("SELECT MIN(order_no) FROM gen_injected WHERE kind = ?", String.class,
                InjectedInconsistency.LEDGER_AMOUNT_DIFFERS.name());
        Map<String, Object> row = jdbc.queryForMap("SELECT f.our_value, f.their_value, f.their_system, f.severity,"
                + " f.suggested_action, f.state, o.paid_amount FROM consistency_finding f JOIN unified_order o"
                + " ON o.order_no = f.order_no WHERE f.order_no = ? AND f.check_name = 'AMOUNT'", orderNo);
        assertThat(row.get("our_value")).isEqualTo(row.get("paid_amount").toString());
        assertThat(new java.math.BigDecimal((String) row.get("their_value")))
                .isEqualByComparingTo(new java.math.BigDecimal((String) row.get("our_value")).add(
                        new java.math.BigDecimal("0.01")));
        assertThat(row).containsEntry("their_system", "LEDGER").containsEntry("severity", "HIGH")
                .containsEntry("state", "NEW");
        assertThat((String) row.get("suggested_action")).isNotBlank();
    }

    @Test
    void findingsStayOpenWhileSeenAndAutoResolveOnceFixed() {
        ConsistencyRun.Outcome first = runAll(Shard.SOLE);
        List<Long> ids = jdbc.queryForList("SELECT id FROM consistency_finding ORDER BY id", Long.class);

        clock.advance(Duration.ofMinutes(10));
        ConsistencyRun.Outcome second = runAll(Shard.SOLE);

        assertThat(jdbc.queryForList("SELECT id FROM consistency_finding ORDER BY id", Long.class)).isEqualTo(ids);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consistency_finding WHERE state = 'NEW'"
                + " AND first_run_id = ? AND last_run_id = ?", Integer.class, first.runId(), second.runId()))
                .isEqualTo(ids.size());
        assertThat(second.autoResolved()).isZero();

        // The ledger is corrected at the source: the next run no longer sees those amount findings.
        int fixed = jdbc.update("UPDATE ledger_entry SET amount = amount - 0.01 WHERE entry_no IN"
                + " (SELECT CONCAT('P', order_no) FROM gen_injected WHERE kind = 'LEDGER_AMOUNT_DIFFERS')");
        clock.advance(Duration.ofMinutes(10));
        ConsistencyRun.Outcome third = runAll(Shard.SOLE);

        assertThat(third.autoResolved()).isEqualTo(fixed).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consistency_finding WHERE state = 'AUTO_RESOLVED'"
                + " AND field = 'ledger_paid_amount' AND open_key IS NULL AND closed_by = 'auto'", Integer.class))
                .isEqualTo(fixed);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consistency_finding WHERE open_key IS NOT NULL",
                Integer.class)).isEqualTo(generated.injectedTotal() - fixed);
    }

    @Test
    void acknowledgeAndResolveAreAuditedAndAResolvedFindingStillThereOpensAgain() {
        runAll(Shard.SOLE);
        long id = jdbc.queryForObject("SELECT MIN(id) FROM consistency_finding", Long.class);
        FindingUpdates updates = new FindingUpdates(jdbc, new TransactionTemplate(transactions), clock);

        updates.run(new FindingUpdateRequest(id, FindingAction.ACKNOWLEDGE, "li.na", "looking at it"), context(
                Shard.SOLE));
        assertThatThrownBy(() -> updates.run(new FindingUpdateRequest(id, FindingAction.ACKNOWLEDGE, "li.na", "again"),
                context(Shard.SOLE))).isInstanceOf(JobFailure.class).hasMessageContaining("is ACKNOWLEDGED");
        clock.advance(Duration.ofMinutes(1));
        runAll(Shard.SOLE);
        assertThat(jdbc.queryForObject("SELECT state FROM consistency_finding WHERE id = ?", String.class, id))
                .isEqualTo("ACKNOWLEDGED");

        updates.run(new FindingUpdateRequest(id, FindingAction.RESOLVE, "wang.wei", "booked in ERP, ticket 77"),
                context(Shard.SOLE));

        assertThat(jdbc.queryForList("SELECT CONCAT(action, ':', from_state, '>', to_state, ':', operator, ':', reason)"
                + " FROM consistency_finding_audit WHERE finding_id = ? ORDER BY id", String.class, id)).containsExactly(
                "ACKNOWLEDGE:NEW>ACKNOWLEDGED:li.na:looking at it",
                "RESOLVE:ACKNOWLEDGED>RESOLVED:wang.wei:booked in ERP, ticket 77");
        assertThatThrownBy(() -> updates.run(new FindingUpdateRequest(999_999_999L, FindingAction.RESOLVE, "x", "y"),
                context(Shard.SOLE))).isInstanceOf(JobFailure.class).hasMessageStartingWith("id: no finding");

        // The difference is still there (nothing was fixed): the next run opens a new finding for it.
        clock.advance(Duration.ofMinutes(1));
        runAll(Shard.SOLE);
        String key = jdbc.queryForObject("SELECT CONCAT(order_no, '|', check_name, '|', field) FROM consistency_finding"
                + " WHERE id = ?", String.class, id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consistency_finding WHERE open_key = ? AND id <> ?"
                + " AND state = 'NEW'", Integer.class, key, id)).isEqualTo(1);
    }

    @Test
    void twoRunsAtOnceRecordEachFindingOnceAndResolveNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<ConsistencyRun.Outcome> run = () -> consistencyRun(300, 1_000_000)
                    .check(ConsistencyCheckRequest.all(), context(Shard.SOLE));
            List<Future<ConsistencyRun.Outcome>> runs = pool.invokeAll(List.of(run, run));
            for (Future<ConsistencyRun.Outcome> outcome : runs) {
                assertThat(outcome.get().autoResolved()).isZero();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consistency_finding", Integer.class))
                .isEqualTo(generated.injectedTotal());
        for (CheckName check : CheckName.values()) {
            assertThat(GeneratedWorld.openFindings(jdbc, check.name())).isEqualTo(
                    GeneratedWorld.injected(jdbc, check.name()));
        }
    }

    @Test
    void shardsOfABroadcastSplitTheRangesAndTogetherFindEverything() {
        ConsistencyRun.Outcome first = runAll(new Shard(0, 2));
        ConsistencyRun.Outcome second = runAll(new Shard(1, 2));

        assertThat(first.ranges() + second.ranges()).isEqualTo((ORDERS + 499) / 500);
        assertThat(first.seen().values().stream().mapToInt(Integer::intValue).sum()).isPositive()
                .isLessThan(generated.injectedTotal());
        for (CheckName check : CheckName.values()) {
            assertThat(GeneratedWorld.openFindings(jdbc, check.name())).isEqualTo(
                    GeneratedWorld.injected(jdbc, check.name()));
        }
    }

    @Test
    void aRunNarrowedToACheckAndChannelLooksOnlyThere() {
        consistencyRun(500, 1_000_000).check(new ConsistencyCheckRequest(List.of(CheckName.REFUND),
                List.of(io.orderhub.common.order.Channel.JD), List.of(), null, null), context(Shard.SOLE));

        assertThat(jdbc.queryForList("SELECT DISTINCT CONCAT(check_name, '/', channel) FROM consistency_finding",
                String.class)).containsExactly("REFUND/JD");
        assertThat(GeneratedWorld.openFindings(jdbc, "REFUND")).isEqualTo(jdbc.queryForList("SELECT CONCAT(order_no,"
                + " '|', check_name, '|', field) FROM gen_injected WHERE check_name = 'REFUND' AND channel = 'JD'",
                String.class).stream().collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void newFindingsOverTheThresholdAlertPerCheckAndShopAndResolveWhenAcknowledged() {
        consistencyRun(500, 1).check(ConsistencyCheckRequest.all(), context(Shard.SOLE));

        assertThat(sink.firing("ConsistencyFindings")).extracting(a -> a.labels().get("check") + "/"
                + a.labels().get("shop")).contains("STATUS_DRIFT/jd-shop-1", "AMOUNT/tb-shop-1");
        assertThat(sink.firing("ConsistencyFindings")).allSatisfy(a ->
                assertThat(a.summary()).matches(".* shop .*: \\d+ new (HIGH|MEDIUM) \\w+ finding\\(s\\) not yet"
                        + " acknowledged \\(threshold \\d+\\)"));

        jdbc.update("UPDATE consistency_finding SET state = 'ACKNOWLEDGED' WHERE check_name = 'STATUS_DRIFT'");
        sink.clear();
        clock.advance(Duration.ofMinutes(5));
        consistencyRun(500, 1).check(ConsistencyCheckRequest.all(), context(Shard.SOLE));

        assertThat(sink.resolved("ConsistencyFindings")).extracting(Alert::labels)
                .allSatisfy(labels -> assertThat(labels.get("check")).isEqualTo("STATUS_DRIFT")).hasSize(4);
        assertThat(log).anyMatch(line -> line.startsWith("STATUS_DRIFT: ") && line.contains("finding(s) seen"));
    }

    @Test
    void externalRowsOfAnOrderWeLackAreFoundByTheirSystemAndResolveOnceTheOrderIsHere() {
        runAll(Shard.SOLE);
        String lost = jdbc.queryForObject("SELECT MIN(order_no) FROM gen_injected WHERE kind = ?", String.class,
                InjectedInconsistency.LEDGER_ENTRY_MISSING_HERE.name());
        assertThat(jdbc.queryForMap("SELECT field, their_system, their_value, our_value, shop_id FROM"
                + " consistency_finding WHERE order_no = ?", lost)).containsEntry("field", "ledger_entry")
                .containsEntry("their_system", "LEDGER").containsEntry("their_value", lost.substring(2))
                .containsEntry("shop_id", "(unknown)").containsEntry("our_value", null);

        // A run limited to a shop cannot judge orders we lack: it leaves their findings open.
        clock.advance(Duration.ofMinutes(5));
        ConsistencyRun.Outcome narrowed = consistencyRun(500, 1_000_000).check(new ConsistencyCheckRequest(List.of(),
                List.of(), List.of("tb-shop-1"), null, null), context(Shard.SOLE));
        assertThat(narrowed.seen()).containsEntry(CheckName.MISSING_HERE, 0);
        assertThat(GeneratedWorld.openFindings(jdbc, "MISSING_HERE")).contains(lost + "|MISSING_HERE|ledger_entry");

        // The sync fetches the order after all: the next run resolves the finding.
        jdbc.update("INSERT INTO unified_order (order_no, channel, shop_id, platform_order_id, status,"
                + " platform_status, refund_state, goods_amount, discount_amount, freight_amount, tax_amount,"
                + " paid_amount, created_at, paid_at, platform_modified_at, presale, cross_border, synced_at)"
                + " SELECT g.order_no, g.channel, 'x-shop-9', g.platform_order_id, 'PAID', 'paid', 'NONE', l.amount,"
                + " 0, 0, 0, l.amount, l.booked_at, l.booked_at, l.booked_at, FALSE, FALSE, l.booked_at"
                + " FROM gen_injected g JOIN ledger_entry l ON l.platform_order_id = g.platform_order_id"
                + " AND l.channel = g.channel WHERE g.order_no = ?", lost);
        jdbc.update("INSERT INTO order_line (order_no, line_no, sku, title, quantity, unit_price, gift, refund_state)"
                + " SELECT order_no, 1, 'SKU-1', 'item', 1, paid_amount, FALSE, 'NONE' FROM unified_order"
                + " WHERE order_no = ?", lost);
        clock.advance(Duration.ofMinutes(5));
        ConsistencyRun.Outcome after = runAll(Shard.SOLE);

        assertThat(jdbc.queryForObject("SELECT state FROM consistency_finding WHERE order_no = ?", String.class, lost))
                .isEqualTo("AUTO_RESOLVED");
        assertThat(after.autoResolved()).isEqualTo(1);
    }

    List<SafeRepair> repairsOf(CheckName check, int perRun) {
        return ConsistencyConfiguration.allRepairs(jdbc, new OrderWriter(jdbc, clock, true),
                new TransactionTemplate(transactions), perRun).stream().filter(r -> r.check() == check).toList();
    }

    /** What job-sync's orderRefetch records once it has read an order again from its platform. */
    void platformAnswered(String orderNo, String status, String refundState) {
        jdbc.update("UPDATE refetch_request SET state = 'DONE', open_key = NULL, outcome = 'UNCHANGED',"
                + " channel_status = ?, channel_refund_state = ?, done_at = ?, attempts = 1 WHERE order_no = ?",
                status, refundState, LocalDateTime.now(clock), orderNo);
    }

    @Test
    void optInRefundRepairMarksRefundedOnlyWhenTheChannelAndTheLedgerBothSayRefunded() {
        jdbc.update("DELETE FROM order_audit");
        List<String> notMarked = jdbc.queryForList("SELECT order_no FROM gen_injected WHERE kind = ? ORDER BY"
                + " order_no", String.class, InjectedInconsistency.LEDGER_REFUNDED_NOT_MARKED.name());
        assertThat(notMarked).hasSizeGreaterThan(1);

        // First run: the ledger says refunded, the channel's word is asked for; nothing is marked yet.
        ConsistencyRun.Outcome asked = consistencyRun(500, 1_000_000, repairsOf(CheckName.REFUND, 200))
                .check(ConsistencyCheckRequest.all(), context(Shard.SOLE));
        assertThat(asked.repaired()).isZero();
        assertThat(jdbc.queryForList("SELECT order_no FROM refetch_request WHERE state = 'OPEN'"
                + " AND requested_by = 'repair:REFUND' ORDER BY order_no", String.class)).isEqualTo(notMarked);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_audit WHERE action = 'REFETCH_REQUESTED'"
                + " AND operator = 'repair:REFUND'", Integer.class)).isEqualTo(notMarked.size());

        // orderRefetch read them again: the channel says refunded for all but one (there: the ledger alone).
        String ledgerOnly = notMarked.get(0);
        notMarked.forEach(order -> platformAnswered(order, "COMPLETED", order.equals(ledgerOnly) ? "NONE"
                : "REFUNDED"));
        clock.advance(Duration.ofMinutes(10));
        ConsistencyRun.Outcome judged = consistencyRun(500, 1_000_000, repairsOf(CheckName.REFUND, 200))
                .check(ConsistencyCheckRequest.all(), context(Shard.SOLE));

        assertThat(judged.repaired()).isEqualTo(notMarked.size() - 1);
        assertThat(jdbc.queryForList("SELECT order_no FROM unified_order WHERE refund_state = 'REFUNDED' AND order_no"
                + " IN (SELECT order_no FROM gen_injected WHERE kind = 'LEDGER_REFUNDED_NOT_MARKED') ORDER BY order_no",
                String.class)).isEqualTo(notMarked.subList(1, notMarked.size()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_line WHERE refund_state <> 'REFUNDED'"
                + " AND order_no = ?", Integer.class, notMarked.get(1))).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_audit WHERE action = 'MARK_REFUNDED'"
                + " AND operator = 'repair:REFUND' AND outcome = 'APPLIED' AND status_after = 'REFUNDED'",
                Integer.class)).isEqualTo(notMarked.size() - 1);
        assertThat(jdbc.queryForObject("SELECT reason FROM order_audit WHERE action = 'MARK_REFUNDED'"
                + " AND outcome = 'REFUSED' AND platform_order_id = ?", String.class, ledgerOnly.substring(2)))
                .startsWith("only the ledger says refunded");
        // Recorded like every status change: one history row and one order event per order marked, none refused.
        assertThat(jdbc.queryForList("SELECT order_no FROM order_status_history WHERE to_status = 'REFUNDED'"
                + " AND source = 'RECONCILE' ORDER BY order_no", String.class))
                .isEqualTo(notMarked.subList(1, notMarked.size()));
        assertThat(jdbc.queryForList("SELECT order_no FROM order_event_outbox WHERE status_after = 'REFUNDED'"
                + " AND source = 'RECONCILE' ORDER BY order_no", String.class))
                .isEqualTo(notMarked.subList(1, notMarked.size()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consistency_finding WHERE state = 'RESOLVED'"
                + " AND closed_by = 'repair:REFUND' AND field = 'refund_state'", Integer.class))
                .isEqualTo(notMarked.size() - 1);
        assertThat(jdbc.queryForObject("SELECT open_key FROM consistency_finding WHERE order_no = ?"
                + " AND field = 'refund_state'", String.class, ledgerOnly)).isNotNull();

        // A later run neither asks again nor audits the refusal twice: the finding is a person's now.
        clock.advance(Duration.ofMinutes(10));
        consistencyRun(500, 1_000_000, repairsOf(CheckName.REFUND, 200)).check(ConsistencyCheckRequest.all(),
                context(Shard.SOLE));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_audit WHERE platform_order_id = ?", Integer.class,
                ledgerOnly.substring(2))).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refetch_request", Integer.class))
                .isEqualTo(notMarked.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_status_history WHERE to_status = 'REFUNDED'",
                Integer.class)).isEqualTo(notMarked.size() - 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_event_outbox WHERE status_after = 'REFUNDED'",
                Integer.class)).isEqualTo(notMarked.size() - 1);
    }

    @Test
    void optInRefetchRepairAsksOncePerFindingWithinItsBoundAndTheFindingResolvesOnceTheOrderIsFixed() {
        jdbc.update("DELETE FROM order_audit");
        List<String> drifted = jdbc.queryForList("SELECT order_no FROM gen_injected WHERE kind = ? ORDER BY order_no",
                String.class, InjectedInconsistency.WMS_SHIPPED_NOT_HERE.name());
        List<String> lacked = jdbc.queryForList("SELECT order_no FROM gen_injected WHERE check_name = 'MISSING_HERE'"
                + " ORDER BY order_no", String.class);
        List<SafeRepair> repairs = new ArrayList<>(repairsOf(CheckName.STATUS_DRIFT, 2));
        repairs.addAll(repairsOf(CheckName.MISSING_HERE, 2));

        consistencyRun(500, 1_000_000, repairs).check(ConsistencyCheckRequest.all(), context(Shard.SOLE));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refetch_request WHERE requested_by ="
                + " 'repair:STATUS_DRIFT'", Integer.class)).as("at most perRun").isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT CONCAT(order_no, '/', COALESCE(shop_id, '-')) FROM refetch_request"
                + " WHERE requested_by = 'repair:MISSING_HERE' ORDER BY id", String.class))
                .hasSize(2).allSatisfy(r -> assertThat(r).endsWith("/-"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refetch_request r JOIN consistency_finding f"
                + " ON f.id = r.finding_id WHERE f.field <> 'gateway_paid' AND r.state = 'OPEN'", Integer.class))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_audit WHERE action = 'REFETCH_REQUESTED'",
                Integer.class)).isEqualTo(4);

        // Later runs (a larger bound) ask for the rest, never twice for one finding or two open for one order.
        repairs = new ArrayList<>(repairsOf(CheckName.STATUS_DRIFT, 1000));
        repairs.addAll(repairsOf(CheckName.MISSING_HERE, 1000));
        for (int run = 0; run < 2; run++) {
            clock.advance(Duration.ofMinutes(1));
            consistencyRun(500, 1_000_000, repairs).check(ConsistencyCheckRequest.all(), context(Shard.SOLE));
        }
        assertThat(jdbc.queryForList("SELECT order_no FROM refetch_request WHERE requested_by = 'repair:STATUS_DRIFT'"
                + " ORDER BY order_no", String.class)).isEqualTo(drifted);
        assertThat(jdbc.queryForList("SELECT order_no FROM refetch_request WHERE requested_by = 'repair:MISSING_HERE'"
                + " ORDER BY order_no", String.class)).isEqualTo(lacked);

        // orderRefetch found the drifted order shipped on its channel and wrote it: the next run resolves it.
        String shipped = drifted.get(0);
        jdbc.update("UPDATE unified_order SET status = 'SHIPPED' WHERE order_no = ?", shipped);
        platformAnswered(shipped, "SHIPPED", "NONE");
        clock.advance(Duration.ofMinutes(1));
        consistencyRun(500, 1_000_000, repairs).check(ConsistencyCheckRequest.all(), context(Shard.SOLE));
        assertThat(jdbc.queryForObject("SELECT state FROM consistency_finding WHERE order_no = ?"
                + " AND field = 'wms_shipped'", String.class, shipped)).isEqualTo("AUTO_RESOLVED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refetch_request WHERE order_no = ?", Integer.class,
                shipped)).isEqualTo(1);
    }

    @Test
    void optInRepairMarksPaidWhatTheLedgerShowsPaidThroughThePaymentPathAndAuditsIt() {
        jdbc.update("DELETE FROM order_audit");
        jdbc.update("DELETE FROM order_status_history");
        TransactionTemplate template = new TransactionTemplate(transactions);
        List<SafeRepair> repairs = ConsistencyConfiguration.allRepairs(jdbc, new OrderWriter(jdbc, clock, false),
                template, 200).stream().filter(r -> r.check() == CheckName.STATUS_DRIFT).toList();
        List<String> drifted = jdbc.queryForList("SELECT order_no FROM gen_injected WHERE kind = ? ORDER BY order_no",
                String.class, InjectedInconsistency.GATEWAY_PAID_PENDING_HERE.name());
        // One of them the ledger bills a fen more than the order: refused, left for a person.
        String differing = drifted.get(0);
        jdbc.update("UPDATE ledger_entry SET amount = amount + 0.01 WHERE entry_no = ?", "P" + differing);

        ConsistencyRun.Outcome outcome = consistencyRun(500, 1_000_000, repairs).check(ConsistencyCheckRequest.all(),
                context(Shard.SOLE));

        assertThat(outcome.repaired()).isEqualTo(drifted.size() - 1);
        assertThat(jdbc.queryForList("SELECT order_no FROM unified_order WHERE status = 'PAID' AND order_no IN ("
                + "SELECT order_no FROM gen_injected WHERE kind = 'GATEWAY_PAID_PENDING_HERE') ORDER BY order_no",
                String.class)).isEqualTo(drifted.subList(1, drifted.size()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_audit WHERE action = 'MARK_PAID'"
                + " AND operator = 'repair:STATUS_DRIFT' AND outcome = 'APPLIED'", Integer.class))
                .isEqualTo(drifted.size() - 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_audit WHERE outcome = 'REFUSED'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_status_history WHERE to_status = 'PAID'"
                + " AND source = 'RECONCILE'", Integer.class)).isEqualTo(drifted.size() - 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consistency_finding WHERE state = 'RESOLVED'"
                + " AND closed_by = 'repair:STATUS_DRIFT'", Integer.class)).isEqualTo(drifted.size() - 1);
        assertThat(jdbc.queryForObject("SELECT open_key FROM consistency_finding WHERE order_no = ?"
                + " AND field = 'gateway_paid'", String.class, differing)).isNotNull();
    }
}
