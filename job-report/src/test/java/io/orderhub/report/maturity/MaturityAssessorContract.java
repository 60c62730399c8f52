package io.orderhub.report.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.orderhub.common.testing.MutableClock;
import io.orderhub.report.health.MaturityAssessment;
import io.orderhub.report.health.MaturityAssessment.MaturityDimension;
import io.orderhub.report.health.MaturityAssessment.MaturityPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The maturity score on seeded tables, every figure computed by hand below. The range is 2026-11-01 – 2026-11-02
 * (GMT+8); "now" is 2026-11-03 10:00 GMT+8. Rows just outside the range carry every kind of problem, so a boundary
 * read wrongly changes a figure.
 */
abstract class MaturityAssessorContract {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 2);
    /** 2026-11-03 10:00 GMT+8. */
    static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");

    /**
     * Thresholds set so that some points sit exactly on them (a threshold is inclusive): automation 6 of 10
     * orders without manual action against 60 %, replays 10 % against 10 %.
     */
    static final MaturityProperties THRESHOLDS = new MaturityProperties(
            new MaturityProperties.Automation(0.60, 0.90, 0.20, 0.10, 0.05),
            new MaturityProperties.Consistency(100, 0.94, 0.98, 1000.0, 500.0),
            new MaturityProperties.ExceptionHandling(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(24), 0,
                    10),
            new MaturityProperties.Extensibility(2, 4, Duration.ofDays(7), Duration.ofDays(1)));

    HikariDataSource dataSource;
    JdbcTemplate jdbc;
    MeasuredMaturityAssessor assessor;

    abstract String url();

    abstract String user();

    abstract String password();

    @BeforeEach
    void migrate() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url());
        dataSource.setUsername(user());
        dataSource.setPassword(password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        assessor = new MeasuredMaturityAssessor(new MaturityFigureReader(jdbc), new MaturityScoring(THRESHOLDS),
                new MutableClock(NOW));
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void seededHistoryScoresThePointsComputedByHand() {
        seed();

        MaturityAssessment assessment = assessor.assess(FROM, TO);

        // Automation: 10 orders; manual = #1 mark-paid, #3 manual status change, #4 replayed, #5 on hold → 6/10
        // without; 1 of 9 paid orders marked paid by hand; 1 of 10 replayed; 1 of 10 held.
        assertThat(points(assessment, "automation")).extracting(MaturityPoint::figure).containsExactly(
                "60.0 % (6 of 10 orders)", "60.0 % (6 of 10 orders)", "11.1 % (1 of 9 paid orders)",
                "10.0 % (1 of 10 orders)", "10.0 % (1 of 10 orders)");
        assertThat(achieved(assessment, "automation")).containsExactly(true, false, true, true, false);
        // Consistency: runs in range compared 50 + 50, matched 49 + 50 → 99/100, Wilson 95 % low 94.6 %; open findings
        // in range: 1 AMOUNT, 1 STATUS_DRIFT over 10 orders = 1,000 per 10,000.
        assertThat(points(assessment, "data consistency")).extracting(MaturityPoint::figure).containsExactly(
                "100 orders", "99.0 % (99/100, 95 % CI 94.6–99.8 %)", "99.0 % (99/100, 95 % CI 94.6–99.8 %)",
                "1 open (1000.00 per 10,000 orders)", "1 open (1000.00 per 10,000 orders)");
        assertThat(achieved(assessment, "data consistency")).containsExactly(true, true, false, true, false);
        // Exception handling: alerts 30 min, 1 h, still firing 26 h → p50 1 h, p95 26 h; quarantine 1 h (discarded),
        // 2 h (replayed), 24 h (still quarantined) → p95 24 h; 1 dead letter; 2 payloads left (one before the range).
        assertThat(points(assessment, "exception handling")).extracting(MaturityPoint::figure).containsExactly(
                "1h (3 alerts)", "1d 2h (3 alerts)", "1d (3 payloads)", "1 dead", "2 quarantined");
        assertThat(achieved(assessment, "exception handling")).containsExactly(true, false, true, false, true);
        // Extensibility: TAOBAO and JD have enabled shops (PDD's only shop is disabled); both have orders; PDD is the
        // newest channel: shop row 2026-10-20 00:00, first run with new orders ended 12:00 → 12 h.
        assertThat(points(assessment, "extensibility")).extracting(MaturityPoint::figure).containsExactly(
                "2 channels", "2 channels", "2 of 2", "12h (PDD)", "12h (PDD)");
        assertThat(achieved(assessment, "extensibility")).containsExactly(true, false, true, true, true);

        assertThat(assessment.total()).isEqualTo(3 + 3 + 3 + 4);
        assertThat(assessment.band()).isEqualTo(MaturityBand.INTERMEDIATE.label());
        // Weakest dimensions first (automation, consistency, exception handling tie at 3), base points first.
        assertThat(assessment.topActions()).hasSize(3);
        assertThat(assessment.topActions().get(0)).startsWith("find why orders need operators");
        assertThat(assessment.topActions().get(1)).startsWith("release holds by rule");
        assertThat(assessment.topActions().get(2)).startsWith("find the status/amount mismatches");
    }

    @Test
    void emptyTablesAreNotMeasuredAndScoreNothingThatNeedsData() {
        MaturityAssessment assessment = assessor.assess(FROM, TO);

        for (String dimension : List.of("automation", "data consistency")) {
            assertThat(points(assessment, dimension)).allSatisfy(p -> {
                assertThat(p.figure()).startsWith("not measured: ");
                assertThat(p.achieved()).isFalse();
            });
        }
        assertThat(points(assessment, "exception handling")).extracting(MaturityPoint::figure).containsExactly(
                "not measured: no alert started in the range", "not measured: no alert started in the range",
                "not measured: nothing quarantined in the range", "0 dead", "0 quarantined");
        assertThat(achieved(assessment, "exception handling")).containsExactly(false, false, false, true, true);
        assertThat(points(assessment, "extensibility")).extracting(MaturityPoint::figure).containsExactly(
                "0 channels", "0 channels", "not measured: no channel configured",
                "not measured: no shop configured", "not measured: no shop configured");
        assertThat(assessment.total()).isEqualTo(2);
        assertThat(assessment.band()).isEqualTo(MaturityBand.BASE.label());
    }

    private void seed() {
        shop("TAOBAO", "t1", "2026-01-01T00:00", true);
        shop("JD", "j1", "2026-10-01T08:00", true);
        shop("PDD", "p1", "2026-10-20T00:00", false);
        syncRun("PDD", "p1", "2026-10-20T06:00", 0);
        syncRun("PDD", "p1", "2026-10-20T12:00", 5);
        syncRun("PDD", "p1", "2026-10-21T12:00", 7);

        for (int i = 1; i <= 8; i++) {
            order("T-" + i, "TAOBAO", "t1", "2026-11-01T0" + i + ":00", true, i == 5);
        }
        order("J-9", "JD", "j1", "2026-11-02T23:59:59", true, false);
        order("J-10", "JD", "j1", "2026-11-02T12:00", false, false);
        // Just outside the range, with every problem.
        order("T-0", "TAOBAO", "t1", "2026-10-31T23:59:59", true, true);
        order("T-11", "TAOBAO", "t1", "2026-11-03T00:00", true, true);
        audit("T-1", "MARK_PAID", "APPLIED");
        audit("T-2", "MARK_PAID", "REFUSED");
        audit("T-0", "MARK_PAID", "APPLIED");
        jdbc.update("INSERT INTO order_status_history (order_no, from_status, to_status, changed_at, source, recorded_at)"
                + " VALUES ('T-3', 'PAID', 'SHIPPED', ?, 'MANUAL', ?)", at("2026-11-01T05:00"), at("2026-11-01T05:00"));
        jdbc.update("INSERT INTO order_status_history (order_no, from_status, to_status, changed_at, source, recorded_at)"
                + " VALUES ('T-6', NULL, 'PAID', ?, 'PULL', ?)", at("2026-11-01T06:00"), at("2026-11-01T06:00"));

        // Quarantine: replayed after 2 h (order T-4), discarded after 1 h, still quarantined 24 h; one before.
        payload("T-4", "2026-11-01T00:00", "REPLAYED", "2026-11-01T02:00", "a");
        payload(null, "2026-11-01T06:00", "DISCARDED", "2026-11-01T07:00", "b");
        payload(null, "2026-11-02T10:00", "QUARANTINED", "2026-11-02T10:00", "c");
        payload(null, "2026-10-30T10:00", "QUARANTINED", "2026-10-30T10:00", "d");

        run("2026-11-01T09:00", 50, 49);
        run("2026-11-02T23:00", 50, 50);
        run("2026-11-03T00:00", 10, 0);
        finding("T-1", "AMOUNT", "NEW", "2026-11-01T10:00", "k1");
        finding("T-2", "AMOUNT", "RESOLVED", "2026-11-01T10:00", null);
        finding("T-3", "STATUS_DRIFT", "ACKNOWLEDGED", "2026-11-02T10:00", "k3");
        finding("T-11", "AMOUNT", "NEW", "2026-11-03T01:00", "k4");

        alert("a", "2026-11-01T10:00", "2026-11-01T10:30");
        alert("b", "2026-11-02T08:00", null);
        alert("c", "2026-11-01T12:00", "2026-11-01T13:00");
        alert("d", "2026-10-31T10:00", "2026-11-02T10:00");

        inbox("DEAD", "2026-11-01T03:00");
        inbox("DEAD", "2026-11-03T05:00");
        inbox("HELD", "2026-11-01T03:00");
    }

    private static LocalDateTime at(String time) {
        return LocalDateTime.parse(time);
    }

    private void shop(String channel, String shopId, String createdAt, boolean enabled) {
        jdbc.update("INSERT INTO channel_shop (channel, shop_id, display_name, app_key, app_secret_ref, access_token_ref,"
                + " enabled, created_at, updated_at) VALUES (?, ?, ?, 'key', 'env:S', 'env:T', ?, ?, ?)", channel, shopId,
                shopId, enabled, at(createdAt), at(createdAt));
    }

    private void syncRun(String channel, String shopId, String finishedAt, int ordersNew) {
        jdbc.update("INSERT INTO sync_run (run_id, channel, shop_id, mode, started_at, finished_at, outcome, orders_new)"
                + " VALUES (?, ?, ?, 'INCREMENTAL', ?, ?, 'OK', ?)", "run-" + finishedAt, channel, shopId,
                at(finishedAt).minusMinutes(5), at(finishedAt), ordersNew);
    }

    private void order(String orderNo, String channel, String shopId, String createdAt, boolean paid, boolean held) {
        LocalDateTime created = at(createdAt);
        jdbc.update("INSERT INTO unified_order (order_no, channel, shop_id, platform_order_id, status, platform_status,"
                + " refund_state, on_hold, goods_amount, discount_amount, freight_amount, tax_amount, paid_amount,"
                + " created_at, paid_at, platform_modified_at, synced_at) VALUES (?, ?, ?, ?, ?, 'x', 'NONE', ?, 10, 0, 0,"
                + " 0, 10, ?, ?, ?, ?)", orderNo, channel, shopId, orderNo, paid ? "PAID" : "PENDING_PAYMENT", held,
                created, paid ? created.plusMinutes(1) : null, created, created);
    }

    private void audit(String orderNo, String action, String outcome) {
        jdbc.update("INSERT INTO order_audit (channel, shop_id, platform_order_id, action, operator, at, outcome)"
                + " VALUES ('TAOBAO', 't1', ?, ?, 'ops', ?, ?)", orderNo, action, at("2026-11-01T12:00"), outcome);
    }

    private void payload(String orderNo, String receivedAt, String state, String updatedAt, String hash) {
        jdbc.update("INSERT INTO raw_payload (channel, shop_id, kind, platform_order_id, received_at, content_hash,"
                + " body_gzip, state, reason, updated_at) VALUES ('TAOBAO', 't1', 'ORDER', ?, ?, ?, ?, ?, 'MAPPING', ?)",
                orderNo, at(receivedAt), hash.repeat(64), new byte[] {1}, state, at(updatedAt));
    }

    private void run(String startedAt, int compared, int matches) {
        jdbc.update("INSERT INTO state_accuracy_run (run_id, seed, channel, shop_id, started_at, finished_at,"
                + " created_from, population, sampled, compared, matches, status_mismatches, amount_mismatches,"
                + " fetch_errors, outcome) VALUES (?, 's', 'TAOBAO', 't1', ?, ?, ?, 100, ?, ?, ?, 0, 0, 0, 'MEASURED')",
                "acc-" + startedAt, at(startedAt), at(startedAt), at(startedAt).minusDays(7), compared, compared,
                matches);
    }

    private void finding(String orderNo, String check, String state, String firstSeenAt, String openKey) {
        jdbc.update("INSERT INTO consistency_finding (open_key, order_no, channel, shop_id, check_name, field,"
                + " their_system, severity, state, first_run_id, last_run_id, first_seen_at, last_seen_at)"
                + " VALUES (?, ?, 'TAOBAO', 't1', ?, 'paid_amount', 'CHANNEL', 'HIGH', ?, 'r', 'r', ?, ?)", openKey,
                orderNo, check, state, at(firstSeenAt), at(firstSeenAt));
    }

    private void alert(String name, String startsAt, String endsAt) {
        jdbc.update("INSERT INTO alert_state (fingerprint, name, severity, labels, summary, starts_at, ends_at,"
                + " last_posted_at) VALUES (?, ?, 'WARNING', '{}', 's', ?, ?, ?)", name.repeat(64), name, at(startsAt),
                endsAt == null ? null : at(endsAt), at(startsAt));
    }

    private void inbox(String state, String receivedAt) {
        jdbc.update("INSERT INTO inbox_message (source, received_at, body, state) VALUES ('TAOBAO_PUSH', ?, '{}', ?)",
                at(receivedAt), state);
    }

    static List<MaturityPoint> points(MaturityAssessment assessment, String dimension) {
        return assessment.dimensions().stream().filter(d -> d.name().equals(dimension)).findFirst()
                .map(MaturityDimension::points).orElseThrow();
    }

    static List<Boolean> achieved(MaturityAssessment assessment, String dimension) {
        return points(assessment, dimension).stream().map(MaturityPoint::achieved).toList();
    }
}
