package io.orderhub.sync.hold;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.testing.MariaDbTestContext;
import io.orderhub.common.testing.OrderFixtures;
import io.orderhub.sync.JobSyncApplication;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/** The hold API over real HTTP: bearer token, 400s naming the field, 404/409, an audited release. */
@SpringBootTest(classes = JobSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"HOLD_API_TOKEN=5b8e1f0c9a7d3e62f4a1c8b07d2e9f36", "oms.holds.api-token=env:HOLD_API_TOKEN",
                "oms.freeze.rules-ttl=0s"})
@ContextConfiguration(initializers = MariaDbTestContext.class)
@ActiveProfiles("test")
class HoldApiIT {

    static final String TOKEN = "5b8e1f0c9a7d3e62f4a1c8b07d2e9f36";
    static final MediaType JSON = MediaType.get("application/json");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrderWriter writer;

    final OkHttpClient http = new OkHttpClient();
    String shopId;
    String heldOrderNo;

    @BeforeEach
    void heldOrder() {
        shopId = "api-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO freeze_rule (name, kind, channel, shop_id, threshold, enabled, dry_run)"
                + " VALUES (?, 'PAID_AMOUNT_ABOVE', 'TAOBAO', ?, 100.00, TRUE, FALSE)", shopId + "-big", shopId);
        var order = OrderFixtures.order(Channel.TAOBAO, shopId, shopId + "-1", OrderStatus.PAID, OrderFixtures.T0);
        tx.executeWithoutResult(s -> writer.write(List.of(order), StatusSource.PULL));
        heldOrderNo = order.orderNo();
    }

    private Response post(String path, String authorization, String body) throws IOException {
        Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + port + path)
                .post(RequestBody.create(body, JSON));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.newCall(request.build()).execute();
    }

    private String freezeState() {
        return jdbc.queryForObject("SELECT freeze_state FROM unified_order WHERE order_no = ?", String.class,
                heldOrderNo);
    }

    @Test
    void withoutOrWithAWrongTokenTheHoldStays() throws IOException {
        String body = "{\"operator\":\"li.wei\",\"reason\":\"ok\"}";
        try (Response none = post("/holds/" + heldOrderNo + "/release", null, body);
             Response wrong = post("/holds/" + heldOrderNo + "/release", "Bearer not-the-token-at-all", body);
             Response basic = post("/holds/" + heldOrderNo + "/release", "Basic " + TOKEN, body)) {
            assertThat(List.of(none.code(), wrong.code(), basic.code())).containsOnly(401);
            assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
        assertThat(freezeState()).isEqualTo("HELD");
    }

    @Test
    void badBodiesAnswer400NamingTheField() throws IOException {
        try (Response noOperator = post("/holds/" + heldOrderNo + "/release", "Bearer " + TOKEN,
                "{\"reason\":\"ok\"}");
             Response notJson = post("/holds/" + heldOrderNo + "/reject", "Bearer " + TOKEN, "{operator");
             Response longReason = post("/holds/" + heldOrderNo + "/reject", "Bearer " + TOKEN,
                     "{\"operator\":\"li.wei\",\"reason\":\"" + "x".repeat(600) + "\"}")) {
            assertThat(noOperator.code()).isEqualTo(400);
            assertThat(noOperator.body().string()).contains("operator: required");
            assertThat(notJson.code()).isEqualTo(400);
            assertThat(notJson.body().string()).contains("body: not a JSON object");
            assertThat(longReason.code()).isEqualTo(400);
            assertThat(longReason.body().string()).contains("reason: at most 512 characters");
        }
        assertThat(freezeState()).isEqualTo("HELD");
    }

    @Test
    void unknownOrderIs404AndAnOrderNotHeldIs409() throws IOException {
        String body = "{\"operator\":\"li.wei\",\"reason\":\"ok\"}";
        try (Response unknown = post("/holds/TBnope/release", "Bearer " + TOKEN, body);
             Response first = post("/holds/" + heldOrderNo + "/release", "Bearer " + TOKEN, body);
             Response second = post("/holds/" + heldOrderNo + "/reject", "Bearer " + TOKEN, body)) {
            assertThat(unknown.code()).isEqualTo(404);
            assertThat(first.code()).isEqualTo(200);
            assertThat(second.code()).isEqualTo(409);
            assertThat(second.body().string()).contains("is not held");
        }
    }

    @Test
    void releaseOverHttpIsAuditedWithTheOperatorAndRule() throws IOException {
        try (Response released = post("/holds/" + heldOrderNo + "/release", "Bearer " + TOKEN,
                "{\"operator\":\"li.wei\",\"reason\":\"buyer verified\"}")) {
            assertThat(released.code()).isEqualTo(200);
            assertThat(released.body().string()).contains("\"freezeState\":\"RELEASED\"")
                    .contains("\"rule\":\"" + shopId + "-big\"").contains("+08:00");
        }
        assertThat(freezeState()).isEqualTo("RELEASED");
        assertThat(jdbc.queryForList("SELECT CONCAT(action, ' ', operator, ' ', outcome, ' ', reason) FROM order_audit"
                + " WHERE shop_id = ?", String.class, shopId))
                .containsExactly("HOLD_RELEASE li.wei APPLIED buyer verified");
    }
}
