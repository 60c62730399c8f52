package io.orderhub.sync.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.order.Channel;
import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.StatusSource;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.common.testing.OrderFixtures;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.shop.ShopDirectory;
import io.orderhub.sync.testing.RegisteredSandbox;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The channel side of {@code paymentReconcile}: an order we still hold as awaiting payment (its "paid" push was
 * lost) is fetched again from the platform's order detail API and moves on, recorded as a reconcile.
 */
@SpringBootTest(classes = JobSyncApplication.class)
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class ChannelRecheckIT {

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
    PaymentReconcile reconcile;

    @Test
    void anOrderStuckAwaitingPaymentIsReadAgainFromItsPlatformAndMovesOnAsAReconcile() {
        try (RegisteredSandbox sandbox = RegisteredSandbox.start(5, 200)) {
            String shopId = sandbox.register(shopDirectory, environment, clock, Channel.TAOBAO).get(0).shopId();
            String paidOnPlatform = sandbox.sandbox().truth(io.orderhub.sandbox.Channel.TAOBAO, shopId)
                    .filter(o -> o.status().name().equals("PAID")).findFirst().orElseThrow().platformOrderId();
            // What we hold: the order as it was before payment (an old platform version), created an hour ago.
            tx.executeWithoutResult(s -> writer.write(List.of(OrderFixtures.order(Channel.TAOBAO, shopId, paidOnPlatform,
                    OrderStatus.PENDING_PAYMENT, OrderFixtures.T0)), StatusSource.PULL));
            jdbc.update("UPDATE unified_order SET created_at = ? WHERE platform_order_id = ?",
                    LocalDateTime.now(clock).minusHours(1), paidOnPlatform);

            String summary = reconcile.run(new ReconcileRequest(null, null, null), JobContext.STANDALONE);

            assertThat(summary).contains("channelChecked=1", "channelMoved=1");
            assertThat(jdbc.queryForObject("SELECT status FROM unified_order WHERE platform_order_id = ?", String.class,
                    paidOnPlatform)).isEqualTo("PAID");
            assertThat(jdbc.queryForObject("SELECT h.source FROM order_status_history h JOIN unified_order o ON "
                    + "o.order_no = h.order_no WHERE o.platform_order_id = ? ORDER BY h.id DESC LIMIT 1", String.class,
                    paidOnPlatform)).isEqualTo("RECONCILE");
        }
    }
}
