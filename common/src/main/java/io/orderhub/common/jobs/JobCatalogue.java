package io.orderhub.common.jobs;

import static io.orderhub.common.jobs.BlockStrategy.DISCARD_LATER;
import static io.orderhub.common.jobs.BlockStrategy.SERIAL_EXECUTION;
import static io.orderhub.common.jobs.RouteStrategy.FAILOVER;
import static io.orderhub.common.jobs.RouteStrategy.SHARDING_BROADCAST;

import java.util.List;

/**
 * Every {@code @XxlJob} handler of the three executors and how it is set up in the admin: the one source of
 * {@code docs/jobs.md} and of the admin bootstrap. A test in each executor module fails when a handler has no entry
 * here or an entry names no handler, and when an entry's parameter fields or example do not match the record the
 * handler parses.
 *
 * <p>Choices that hold for all: scheduled jobs drop a trigger that finds them still running ({@code DISCARD_LATER}:
 * each catches up from its own cursor or backlog) and are not re-triggered on failure (the next scheduled run is
 * the retry; an admin retry comes at once, with no back-off); commands an operator triggers by hand queue
 * ({@code SERIAL_EXECUTION}: never dropped) and are never retried by the admin (the operator reads the log and
 * decides). Only per-shop work is broadcast; everything else runs on one executor ({@code FAILOVER}).
 */
public final class JobCatalogue {

    public static final ExecutorGroupSpec SYNC = new ExecutorGroupSpec("oms-job-sync", "OMS sync");
    public static final ExecutorGroupSpec MONITOR = new ExecutorGroupSpec("oms-job-monitor", "OMS monitor");
    public static final ExecutorGroupSpec REPORT = new ExecutorGroupSpec("oms-job-report", "OMS report");

    private static final String CHANNELS = "[\"TAOBAO\"|\"JD\"|\"DOUYIN\"|\"PDD\"]";
    private static final String SHOPS = "[string]";
    private static final String DATE_TIME = "date-time (GMT+8, \"2026-11-11T00:00:00\")";

    private static final List<JobSpec> JOBS = List.of(
            new JobSpec(SYNC, "channelOrderSync",
                    "Pull new and changed orders of every enabled shop from its platform (per shop, sharded)",
                    "0 */5 * * * ?", SHARDING_BROADCAST, DISCARD_LATER, 0, 0, "",
                    "io.orderhub.sync.engine.SyncRequest", List.of(
                            new JobParam("channels", CHANNELS, "only these platforms; empty = all"),
                            new JobParam("shops", SHOPS, "only these shop ids; empty = all enabled"),
                            new JobParam("from", DATE_TIME, "start of a backfill; absent = incremental from the cursor"),
                            new JobParam("to", DATE_TIME, "end of a backfill, required with from"),
                            new JobParam("rewrite", "boolean", "backfill only: rewrite orders the platform has not"
                                    + " changed (after a mapping fix); default false")),
                    "{\"channels\":[\"TAOBAO\"],\"shops\":[\"1001\"],\"from\":\"2026-11-10T00:00:00\","
                            + "\"to\":\"2026-11-12T00:00:00\"}"),
            new JobSpec(SYNC, "inboxDrain", "Apply verified platform pushes and payment notifications to orders",
                    "0 * * * * ?", FAILOVER, DISCARD_LATER, 600, 0, "",
                    "io.orderhub.sync.inbox.DrainRequest", List.of(
                            new JobParam("maxMessages", "integer 1..10000000", "messages applied in one run;"
                                    + " default 200000")),
                    "{\"maxMessages\":50000}"),
            new JobSpec(SYNC, "inboxReplay",
                    "Re-verify held or dead inbox messages after a configuration fix (run by hand)",
                    null, FAILOVER, SERIAL_EXECUTION, 0, 0, "",
                    "io.orderhub.sync.inbox.InboxReplayRequest", List.of(
                            new JobParam("states", "[\"HELD\"|\"DEAD\"]", "default both"),
                            new JobParam("sources", "[\"TAOBAO_PUSH\"|\"ALIPAY\"|\"WECHATPAY\"|\"GATEWAY\"]",
                                    "empty = all"),
                            new JobParam("channels", CHANNELS, "empty = all"),
                            new JobParam("shops", SHOPS, "empty = all"),
                            new JobParam("reasons", "[string]", "held/dead reasons such as SIGNATURE_MISMATCH,"
                                    + " UNKNOWN_SHOP, AWAITING_ORDER; empty = all"),
                            new JobParam("from", DATE_TIME, "received at or after"),
                            new JobParam("to", DATE_TIME, "received before"),
                            new JobParam("limit", "integer 1..10000000", "default 1000000")),
                    "{\"channels\":[\"TAOBAO\"],\"reasons\":[\"SIGNATURE_MISMATCH\"],"
                            + "\"from\":\"2026-11-24T00:00:00\"}"),
            new JobSpec(SYNC, "orderEventPublish", "Publish the order-event outbox to RabbitMQ (oms.order-events)",
                    "0 * * * * ?", FAILOVER, DISCARD_LATER, 600, 0, "",
                    "io.orderhub.sync.events.EventPublishRequest", List.of(
                            new JobParam("limit", "integer 1..5000000", "events sent in one run;"
                                    + " default oms.events.max-events-per-run")),
                    "{\"limit\":100000}"),
            new JobSpec(SYNC, "orderEventReplay", "Release parked order events for publishing again (run by hand)",
                    null, FAILOVER, SERIAL_EXECUTION, 600, 0, "",
                    "io.orderhub.sync.events.EventReplayRequest", List.of(
                            new JobParam("eventIds", "[string] (lower-case UUIDs, at most 1000)",
                                    "only these events; absent = every parked event")),
                    "{\"eventIds\":[\"0f8e2a6c-3b1d-4e5f-9a7b-2c4d6e8f0a1b\"]}"),
            new JobSpec(SYNC, "orderEventPrune", "Delete published order events past their retention",
                    "0 30 3 * * ?", FAILOVER, DISCARD_LATER, 3600, 0, "",
                    "io.orderhub.sync.events.EventPruneRequest", List.of(
                            new JobParam("limit", "integer 1..100000000", "rows deleted in one run; default no cap")),
                    "{\"limit\":1000000}"),
            new JobSpec(SYNC, "paymentReconcile",
                    "Ask payment gateways (and platforms) about orders still awaiting payment",
                    "0 */10 * * * ?", FAILOVER, DISCARD_LATER, 1200, 0, "",
                    "io.orderhub.sync.payment.ReconcileRequest", List.of(
                            new JobParam("gateways", "[string]", "configured gateway names; empty = all"),
                            new JobParam("limit", "integer 1..100000", "orders asked about per gateway and shop;"
                                    + " default 5000"),
                            new JobParam("askChannels", "boolean", "also re-read awaiting orders from their"
                                    + " platforms; default true")),
                    "{\"gateways\":[\"alipay-main\"],\"limit\":2000}"),
            new JobSpec(SYNC, "manualMarkPaid",
                    "人工补单: mark an order paid once its gateway confirms the evidence (run by hand)",
                    null, FAILOVER, SERIAL_EXECUTION, 120, 0, "",
                    "io.orderhub.sync.payment.ManualPaymentRequest", List.of(
                            new JobParam("operator", "string, required", "who claims it, for the audit"),
                            new JobParam("gateway", "string, required", "configured gateway name"),
                            new JobParam("orderId", "string, required", "the platform order id"),
                            new JobParam("gatewayTradeNo", "string, required", "the gateway's trade number"),
                            new JobParam("amount", "decimal string, required", "yuan paid, at least 0.01"),
                            new JobParam("note", "string", "free text for the audit")),
                    "{\"operator\":\"li.wei\",\"gateway\":\"alipay-main\",\"orderId\":\"3301000001\","
                            + "\"gatewayTradeNo\":\"2026112722001400001\",\"amount\":\"189.00\","
                            + "\"note\":\"buyer sent receipt\"}"),
            new JobSpec(SYNC, "orderHoldDecision",
                    "订单冻结: release or reject an order a freeze rule holds, audited (run by hand)",
                    null, FAILOVER, SERIAL_EXECUTION, 60, 0, "",
                    "io.orderhub.sync.hold.HoldDecisionRequest", List.of(
                            new JobParam("orderNo", "string, required", "our order number, e.g. TB3301000001"),
                            new JobParam("decision", "release | reject, required", "fulfil the order, or not"),
                            new JobParam("operator", "string, required, at most 64", "who decides, for the audit"),
                            new JobParam("reason", "string, required, at most 512", "why, for the audit")),
                    "{\"orderNo\":\"TB3301000001\",\"decision\":\"release\",\"operator\":\"li.wei\","
                            + "\"reason\":\"buyer verified by phone\"}"),
            new JobSpec(SYNC, "stateAccuracySample",
                    "状态准确率: re-fetch a stratified random sample of each shop's recent orders from its platform and"
                            + " compare unified status and paid amount (per shop, sharded; holds the shop's sync lease)",
                    "0 40 4 * * ?", SHARDING_BROADCAST, DISCARD_LATER, 0, 0, "",
                    "io.orderhub.sync.accuracy.AccuracySampleRequest", List.of(
                            new JobParam("channels", CHANNELS, "only these platforms; empty = all"),
                            new JobParam("shops", SHOPS, "only these shop ids; empty = all enabled"),
                            new JobParam("days", "integer 1..90", "orders created in the last days; default 7"),
                            new JobParam("perShop", "integer 1..1000", "orders drawn per shop, spread over the"
                                    + " unified statuses; default 50"),
                            new JobParam("seed", "string [A-Za-z0-9-]{1,64}", "draw the same orders as the run that"
                                    + " logged this seed; default the run id")),
                    "{\"channels\":[\"JD\",\"PDD\"],\"days\":3,\"perShop\":100}"),
            new JobSpec(SYNC, "orderRefetch",
                    "Read again from their platforms the orders the consistency repairs ask for (refetch_request):"
                            + " detail API, written through the version-guarded writer, outcome on the request",
                    "0 */15 * * * ?", FAILOVER, DISCARD_LATER, 900, 0, "",
                    "io.orderhub.sync.refetch.RefetchDrainRequest", List.of(
                            new JobParam("limit", "integer 1..10000", "open requests taken per run, oldest first;"
                                    + " default 200")),
                    "{\"limit\":200}"),
            new JobSpec(SYNC, "quarantineReplay",
                    "Re-process quarantined orders after a fix (e.g. a new status_mapping row; run by hand)",
                    null, FAILOVER, SERIAL_EXECUTION, 0, 0, "",
                    "io.orderhub.sync.quarantine.ReplayRequest", List.of(
                            new JobParam("reasons", "[\"MALFORMED_PAYLOAD\"|\"MISSING_FIELD\"|\"INVALID_FIELD\""
                                    + "|\"UNKNOWN_STATUS\"|\"AMOUNT_INVARIANT\"]", "empty = all"),
                            new JobParam("channels", CHANNELS, "empty = all"),
                            new JobParam("shops", SHOPS, "empty = all"),
                            new JobParam("from", DATE_TIME, "quarantined at or after"),
                            new JobParam("to", DATE_TIME, "quarantined before"),
                            new JobParam("limit", "integer 1..1000000", "default 100000")),
                    "{\"reasons\":[\"UNKNOWN_STATUS\"],\"channels\":[\"JD\"]}"),
            new JobSpec(SYNC, "signatureProbe",
                    "Prove a shop's new push signature algorithm from its held pushes; propose or adopt it",
                    "0 * * * * ?", FAILOVER, DISCARD_LATER, 300, 0, "",
                    "io.orderhub.sync.inbox.signature.SignatureProbeRequest", List.of(
                            new JobParam("shops", SHOPS, "only these Taobao shops; empty = all")),
                    "{\"shops\":[\"1001\"]}"),
            new JobSpec(SYNC, "signatureAdopt",
                    "Switch a Taobao shop to a proposed push signature algorithm and replay its pushes (by hand)",
                    null, FAILOVER, SERIAL_EXECUTION, 600, 0, "",
                    "io.orderhub.sync.inbox.signature.SignatureAdoptRequest", List.of(
                            new JobParam("shop", "string, required", "the Taobao shop id"),
                            new JobParam("method", "\"md5\"|\"hmac\"|\"hmac-sha256\", required",
                                    "the algorithm, as the SignatureMigration alert names it")),
                    "{\"shop\":\"1001\",\"method\":\"hmac-sha256\"}"),
            new JobSpec(SYNC, "signatureRevert",
                    "Undo a Taobao shop's latest push signature algorithm change (run by hand)",
                    null, FAILOVER, SERIAL_EXECUTION, 600, 0, "",
                    "io.orderhub.sync.inbox.signature.SignatureRevertRequest", List.of(
                            new JobParam("shop", "string, required", "the Taobao shop id")),
                    "{\"shop\":\"1001\"}"),
            new JobSpec(SYNC, "orderStressTest",
                    "Peak-pressure ramp against a channel sandbox: lag per step, breaking point (staging only; a trigger"
                            + " while a ramp runs is dropped: two ramps at once would measure neither)",
                    null, FAILOVER, DISCARD_LATER, 0, 0, "",
                    "io.orderhub.sync.stress.StressTestRequest", List.of(
                            new JobParam("sandboxUrl", "string, required", "the sandbox's base URL"),
                            new JobParam("steps", "[{\"seconds\":1..3600,\"ordersPerMinute\":1..100000}],"
                                    + " required", "the ramp: new orders per shop and minute, for how long"),
                            new JobParam("channels", CHANNELS, "empty = all"),
                            new JobParam("syncIntervalSeconds", "integer 1..600", "how often the sync runs during"
                                    + " the test; default 5"),
                            new JobParam("lagThresholdSeconds", "integer >= 1", "p95 lag that marks the breaking"
                                    + " point; default 120")),
                    "{\"sandboxUrl\":\"http://127.0.0.1:18080/\",\"steps\":[{\"seconds\":120,"
                            + "\"ordersPerMinute\":600},{\"seconds\":120,\"ordersPerMinute\":3000}]}"),
            new JobSpec(MONITOR, "alertDispatch", "Route, group and send pending alerts to their receivers",
                    "0 * * * * ?", FAILOVER, DISCARD_LATER, 300, 0, "",
                    "io.orderhub.monitor.alert.AlertDispatchRequest", List.of(), ""),
            new JobSpec(MONITOR, "alertTest", "Send one receiver a test message now (run by hand)",
                    null, FAILOVER, SERIAL_EXECUTION, 120, 0, "",
                    "io.orderhub.monitor.alert.AlertTestRequest", List.of(
                            new JobParam("receiver", "string, required", "a configured receiver name")),
                    "{\"receiver\":\"ops-dingtalk\"}"),
            new JobSpec(MONITOR, "apiChangeWatch", "Poll the platforms' API change feeds; alert on matching items",
                    "0 7 * * * ?", FAILOVER, DISCARD_LATER, 600, 0, "",
                    "io.orderhub.monitor.feed.ApiChangeRequest", List.of(
                            new JobParam("feeds", "[string] (at most 100)", "configured feed names; empty = all")),
                    "{\"feeds\":[\"jd-open\"]}"),
            new JobSpec(MONITOR, "syncLagWatch",
                    "Alert on shops whose sync cursor or newest order is too old, and channels whose every shop fails",
                    "0 */5 * * * ?", FAILOVER, DISCARD_LATER, 300, 0, "",
                    "io.orderhub.monitor.watch.WatchRequest", List.of(
                            new JobParam("channels", "[string] (at most 32)", "only these channels; empty = all")),
                    "{\"channels\":[\"TAOBAO\"]}"),
            new JobSpec(MONITOR, "failureSpikeWatch",
                    "Alert on callback verification failures, inbox backlog, quarantine and failed runs",
                    "30 */5 * * * ?", FAILOVER, DISCARD_LATER, 300, 0, "",
                    "io.orderhub.monitor.watch.WatchRequest", List.of(
                            new JobParam("channels", "[string] (at most 32)", "only these channels or callback"
                                    + " sources (e.g. ALIPAY); empty = all")),
                    "{\"channels\":[\"TAOBAO\",\"ALIPAY\"]}"),
            new JobSpec(MONITOR, "consistencyCheck",
                    "Compare our orders with the ERP, WMS, payment ledger and tax records; record findings (sharded by"
                            + " order-number range)",
                    "0 20 * * * ?", SHARDING_BROADCAST, DISCARD_LATER, 3600, 0, "",
                    "io.orderhub.monitor.consistency.ConsistencyCheckRequest", List.of(
                            new JobParam("checks", "[\"AMOUNT\"|\"REFUND\"|\"GIFT_STOCK\"|\"PRESALE\"|"
                                    + "\"CROSS_BORDER_TAX\"|\"STATUS_DRIFT\"|\"MISSING_HERE\"]",
                                    "only these checks; empty = all (MISSING_HERE runs only unlimited by shops"
                                            + " and dates)"),
                            new JobParam("channels", CHANNELS, "only orders of these platforms; empty = all"),
                            new JobParam("shops", SHOPS + " (at most 1000)", "only orders of these shop ids;"
                                    + " empty = all"),
                            new JobParam("from", DATE_TIME, "orders created at or after"),
                            new JobParam("to", DATE_TIME, "orders created before")),
                    "{\"checks\":[\"AMOUNT\",\"REFUND\"],\"channels\":[\"JD\"],"
                            + "\"from\":\"2026-11-01T00:00:00\",\"to\":\"2026-11-12T00:00:00\"}"),
            new JobSpec(MONITOR, "consistencyFindingUpdate",
                    "Acknowledge or resolve a consistency finding by id, with operator and reason (run by hand)",
                    null, FAILOVER, SERIAL_EXECUTION, 0, 0, "",
                    "io.orderhub.monitor.consistency.finding.FindingUpdateRequest", List.of(
                            new JobParam("id", "integer", "the finding's id (consistency_finding.id)"),
                            new JobParam("action", "\"ACKNOWLEDGE\"|\"RESOLVE\"", "ACKNOWLEDGE a NEW finding;"
                                    + " RESOLVE a NEW or ACKNOWLEDGED one"),
                            new JobParam("operator", "string (at most 64)", "who does it (audited)"),
                            new JobParam("reason", "string (at most 255)", "why (audited)")),
                    "{\"id\":42,\"action\":\"ACKNOWLEDGE\",\"operator\":\"li.na\","
                            + "\"reason\":\"ERP fix booked, ticket 1187\"}"),
            new JobSpec(REPORT, "reportRetention",
                    "Delete downloadable report files older than oms.report.retention (30d by default)",
                    "0 40 3 * * ?", FAILOVER, DISCARD_LATER, 600, 0, "",
                    "io.orderhub.report.retention.ReportRetentionRequest", List.of(
                            new JobParam("olderThanDays", "integer 1..3650", "this run deletes files older than this"
                                    + " many days; default oms.report.retention")),
                    "{\"olderThanDays\":30}"),
            new JobSpec(REPORT, "entryErrorReport",
                    "录入错误日报: take in the entry intake folder, update the entry audit trail, check a day's manual"
                            + " entries and write the entry-error report (days split by shard, each claimed once)",
                    "0 30 2 * * ?", SHARDING_BROADCAST, DISCARD_LATER, 3600, 0, "",
                    "io.orderhub.report.entry.report.EntryReportRequest", List.of(
                            new JobParam("day", "date yyyy-MM-dd", "check this day; default yesterday (GMT+8)"),
                            new JobParam("from", "date yyyy-MM-dd", "first day of a range (with to)"),
                            new JobParam("to", "date yyyy-MM-dd", "last day of a range, at most 31 days"),
                            new JobParam("rerun", "boolean", "check days again that a run already reported")),
                    "{\"from\":\"2026-12-01\",\"to\":\"2026-12-03\"}"),
            new JobSpec(REPORT, "healthIndicators",
                    "Order health indicators (on-time shipping, state accuracy, exception ratio, processing time, stage"
                            + " durations, fulfilment) of yesterday or a range of days, stored per day, then the report",
                    "0 30 1 * * ?", FAILOVER, DISCARD_LATER, 3600, 0, "",
                    "io.orderhub.report.indicators.HealthIndicatorsRequest", List.of(
                            new JobParam("from", "date (GMT+8, \"2026-11-01\")", "first day of a range; absent ="
                                    + " yesterday"),
                            new JobParam("to", "date (GMT+8, \"2026-11-30\")", "last day of the range (included),"
                                    + " required with from; at most 366 days")),
                    "{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}"));

    private JobCatalogue() {
    }

    /** The executor groups, in the order the apps are listed in the docs. */
    public static List<ExecutorGroupSpec> groups() {
        return List.of(SYNC, MONITOR, REPORT);
    }

    public static List<JobSpec> jobs() {
        return JOBS;
    }

    public static List<JobSpec> jobsOf(String appName) {
        return JOBS.stream().filter(j -> j.app().appName().equals(appName)).toList();
    }
}
