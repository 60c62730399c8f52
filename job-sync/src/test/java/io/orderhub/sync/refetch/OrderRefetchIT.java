package io.orderhub.sync.refetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.persistence.RawPayloadRow;
import io.orderhub.common.quarantine.QuarantineReason;
import io.orderhub.common.quarantine.QuarantineStore;
import io.orderhub.common.refetch.RefetchRequests;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.common.testing.OrderFixtures;
import io.orderhub.sandbox.fault.FaultPlan;
import io.orderhub.sandbox.generator.PayloadDefect;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.quarantine.QuarantineReplay;
import io.orderhub.sync.quarantine.ReplayRequest;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.testing.RegisteredSandbox;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code orderRefetch} end to end against the channel sandbox (the platforms' order detail APIs over HTTP, signed
 * and answered as the platforms do): the re-fetch requests the consistency repairs leave in {@code refetch_request}
 * are read again through the adapter, written through the version-guarded writer and closed with what the platform
 * said.
 */
@SpringBootTest(classes = JobSyncApplication.class)
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class OrderRefetchIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShopDirectory shopDirectory;
    @Autowired
    Clock clock;
    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrderWriter writer;
    @Autowired
    RefetchRequests requests;
    @Autowired
    OrderRefetch refetch;
    @Autowired
    QuarantineStore quarantine;
    @Autowired
    QuarantineReplay replay;

    @Test
    void requestedOrdersAreReadAgainFromTheirPlatformWrittenThroughTheGuardAndClosedWithWhatThePlatformSaid() {
        try (RegisteredSandbox sandbox = RegisteredSandbox.start(7, 200)) {
            String shopId = registerJdShop(sandbox);
            List<io.orderhub.sandbox.truth.UnifiedOrder> clean = sandbox.sandbox().truth(io.orderhub.sandbox.Channel.JD, shopId)
                    .filter(o -> o.payloadDefect() == io.orderhub.sandbox.generator.PayloadDefect.NONE && o.consistent()
                            && !o.status().name().equals("PENDING_PAYMENT"))
                    .toList();
            io.orderhub.sandbox.truth.UnifiedOrder drifted = clean.get(0);
            io.orderhub.sandbox.truth.UnifiedOrder lacked = clean.get(1);
            // What we hold of the drifted one: an old version, still awaiting payment.
            tx.executeWithoutResult(s -> writer.write(List.of(OrderFixtures.order(Channel.JD, shopId,
                    drifted.platformOrderId(), OrderStatus.PENDING_PAYMENT, OrderFixtures.T0)), StatusSource.PULL));
            LocalDateTime at = LocalDateTime.now(clock);
            assertThat(requests.request(Channel.JD, drifted.platformOrderId(), shopId, "repair:STATUS_DRIFT",
                    "wms shipped", 11L, at)).isTrue();
            assertThat(requests.request(Channel.JD, drifted.platformOrderId(), shopId, "repair:REFUND", "again",
                    12L, at)).as("one open request per order").isFalse();
            assertThat(requests.request(Channel.JD, lacked.platformOrderId(), null, "repair:MISSING_HERE",
                    "in the ERP only", 13L, at)).isTrue();
            assertThat(requests.request(Channel.JD, "9999999999999999999", null, "repair:MISSING_HERE",
                    "in the ledger only", 14L, at)).isTrue();

            String summary = refetch.run(new RefetchDrainRequest(null), JobContext.STANDALONE);

            assertThat(summary).contains("taken=3", "WRITTEN=2", "NOT_FOUND=1");
            assertThat(jdbc.queryForObject("SELECT status FROM unified_order WHERE order_no = ?", String.class,
                    "JD" + drifted.platformOrderId())).isEqualTo(drifted.status().name());
            assertThat(jdbc.queryForObject("SELECT source FROM order_status_history WHERE order_no = ?"
                    + " ORDER BY id DESC LIMIT 1", String.class, "JD" + drifted.platformOrderId()))
                    .isEqualTo("RECONCILE");
            assertThat(jdbc.queryForObject("SELECT shop_id FROM unified_order WHERE order_no = ?", String.class,
                    "JD" + lacked.platformOrderId())).isEqualTo(shopId);
            Map<String, Object> closed = jdbc.queryForMap("SELECT state, open_key, outcome, channel_status,"
                    + " channel_refund_state FROM refetch_request WHERE finding_id = 11");
            assertThat(closed).containsEntry("state", "DONE").containsEntry("open_key", null)
                    .containsEntry("outcome", "WRITTEN").containsEntry("channel_status", drifted.status().name())
                    .containsEntry("channel_refund_state", drifted.refundState().name());
            // JD answers an order it does not know with 参数错误 (invalid parameter): no shop of ours knows it.
            Map<String, Object> unknown = jdbc.queryForMap("SELECT state, outcome, outcome_detail, open_key"
                    + " FROM refetch_request WHERE finding_id = 14");
            assertThat(unknown).containsEntry("state", "DONE").containsEntry("outcome", "NOT_FOUND")
                    .containsEntry("open_key", null);
            assertThat((String) unknown.get("outcome_detail")).startsWith("refused: ");

            // Nothing left open: a second run takes nothing and writes nothing.
            assertThat(refetch.run(new RefetchDrainRequest(null), JobContext.STANDALONE)).contains("taken=0");
        }
    }

    /** Registers the sandbox's JD shop as an operator would; its shop id. */
    private String registerJdShop(RegisteredSandbox sandbox) {
        return sandbox.register(shopDirectory, environment, clock, Channel.JD).get(0).shopId();
    }

    @Test
    void aRequestForAChannelWithoutAnEnabledShopFailsAfterThreeAttemptsNamingTheReason() {
        LocalDateTime at = LocalDateTime.now(clock);
        requests.request(Channel.PDD, "260101-123456789012345", null, "repair:MISSING_HERE", "in the ledger only",
                21L, at);

        for (int run = 1; run <= 3; run++) {
            refetch.run(new RefetchDrainRequest(10), JobContext.STANDALONE);
        }

        assertThat(jdbc.queryForMap("SELECT state, attempts, outcome, outcome_detail, open_key FROM refetch_request"
                + " WHERE finding_id = 21")).containsEntry("state", "FAILED").containsEntry("attempts", 3)
                .containsEntry("outcome", "FAILED").containsEntry("outcome_detail", "no enabled PDD shop to ask")
                .containsEntry("open_key", null);
    }

    @Test
    void aDetailWhoseStatusTheMappingDoesNotKnowIsQuarantinedRawTheRequestNamesItAndAReplayAfterTheFixWritesIt() {
        try (RegisteredSandbox sandbox = RegisteredSandbox.start(RegisteredSandbox.oneShopPerChannel(11, 200)
                .faults(FaultPlan.builder().badOrderRate(0.1).build()))) {
            String shopId = registerJdShop(sandbox);
            // JD answers this order's detail with an orderState (UNKNOWN_STATE_X) our status_mapping lacks.
            io.orderhub.sandbox.truth.UnifiedOrder unknown = sandbox.sandbox().truth(io.orderhub.sandbox.Channel.JD, shopId)
                    .filter(o -> o.payloadDefect() == PayloadDefect.UNKNOWN_STATUS && o.consistent())
                    .findFirst().orElseThrow();
            String orderNo = "JD" + unknown.platformOrderId();
            requests.request(Channel.JD, unknown.platformOrderId(), shopId, "repair:STATUS_DRIFT", "wms shipped",
                    31L, LocalDateTime.now(clock));

            String summary = refetch.run(new RefetchDrainRequest(null), JobContext.STANDALONE);

            assertThat(summary).contains("taken=1", "QUARANTINED=1");
            List<RawPayloadRow> kept = quarantine.quarantined(List.of(QuarantineReason.UNKNOWN_STATUS),
                    List.of("JD"), List.of(shopId), null, null, 0, 10);
            assertThat(kept).singleElement().satisfies(row -> {
                assertThat(row.kind).isEqualTo("ORDER");
                assertThat(row.platformOrderId).isEqualTo(unknown.platformOrderId());
                assertThat(row.failingField).endsWith("orderState");
                assertThat(row.detail).contains("UNKNOWN_STATE_X");
                JsonNode body = ChannelHttp.JSON.readTree(QuarantineStore.body(row));
                assertThat(body.path("orderId").asString()).isEqualTo(unknown.platformOrderId());
                assertThat(body.path("orderState").asString()).isEqualTo("UNKNOWN_STATE_X");
            });
            long payloadId = kept.get(0).id;
            Map<String, Object> closed = jdbc.queryForMap("SELECT state, outcome, outcome_detail, open_key, attempts"
                    + " FROM refetch_request WHERE finding_id = 31");
            assertThat(closed).containsEntry("state", "FAILED").containsEntry("outcome", "QUARANTINED")
                    .containsEntry("open_key", null).containsEntry("attempts", 1);
            assertThat((String) closed.get("outcome_detail"))
                    .startsWith("raw_payload " + payloadId + ": UNKNOWN_STATUS (shop " + shopId + ")");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unified_order WHERE order_no = ?", Integer.class,
                    orderNo)).isZero();
            assertThat(refetch.run(new RefetchDrainRequest(null), JobContext.STANDALONE))
                    .as("a quarantined re-fetch is not retried").contains("taken=0");

            // The fix: the operator maps the new status; the replay writes the order from the kept body.
            jdbc.update("INSERT INTO status_mapping (channel, kind, platform_value, unified_value)"
                    + " VALUES ('JD', 'ORDER', 'UNKNOWN_STATE_X', ?)", unknown.status().name());
            try {
                String replayed = replay.run(new ReplayRequest(List.of(QuarantineReason.UNKNOWN_STATUS),
                        List.of(Channel.JD), List.of(shopId), null, null, null), JobContext.STANDALONE);

                assertThat(replayed).contains("replayed=1", "new=1");
                assertThat(jdbc.queryForMap("SELECT status, platform_status FROM unified_order WHERE order_no = ?",
                        orderNo)).containsEntry("status", unknown.status().name())
                        .containsEntry("platform_status", "UNKNOWN_STATE_X");
                assertThat(jdbc.queryForObject("SELECT state FROM raw_payload WHERE id = ?", String.class,
                        payloadId)).isEqualTo("REPLAYED");
            } finally {
                jdbc.update("DELETE FROM status_mapping WHERE channel = 'JD' AND platform_value = 'UNKNOWN_STATE_X'");
            }
        }
    }
}
