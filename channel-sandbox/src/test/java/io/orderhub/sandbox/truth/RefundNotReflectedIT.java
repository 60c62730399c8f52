package io.orderhub.sandbox.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.SignedCalls;
import io.orderhub.sandbox.generator.Inconsistency;
import io.orderhub.sandbox.generator.RefundState;
import io.orderhub.sandbox.generator.SimOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** REFUND_NOT_REFLECTED: a refunded line whose refund the order-level fields do not show, marked in the truth. */
class RefundNotReflectedIT {
    private final ChannelSandbox sandbox = ChannelSandbox.builder().seed(31).shopsPerChannel(1).ordersPerShop(3000)
            .inconsistentFraction(0.02).refundNotReflectedFraction(0.5).unlimitedRateLimits().build().start();
    private final SignedCalls calls = new SignedCalls(sandbox);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private List<SimOrder> marked(Channel channel) {
        return sandbox.orders(channel, sandbox.shops(channel).get(0).shopId())
                .filter(o -> o.inconsistency() == Inconsistency.REFUND_NOT_REFLECTED).toList();
    }

    @Test
    void taobaoShowsTheSubOrderRefundButNotTheClosedSubOrder() {
        List<SimOrder> orders = marked(Channel.TAOBAO);
        assertThat(orders).isNotEmpty();
        ShopCredentials shop = sandbox.shops(Channel.TAOBAO).get(0);
        SimOrder order = orders.get(0);
        JsonNode trade = calls.taobao(shop, "taobao.trade.fullinfo.get", Map.of("fields", "tid", "tid",
                order.orderId())).json().at("/trade_fullinfo_get_response/trade");
        JsonNode refunded = null;
        for (JsonNode line : trade.at("/orders/order")) {
            if (line.get("refund_status").asString().equals("SUCCESS")) {
                refunded = line;
            }
        }
        assertThat(refunded).isNotNull();
        assertThat(refunded.get("status").asString()).isEqualTo(trade.get("status").asString())
                .isNotEqualTo("TRADE_CLOSED");
        UnifiedOrder truth = GroundTruth.of(order);
        assertThat(truth.inconsistency()).isEqualTo(Inconsistency.REFUND_NOT_REFLECTED);
        assertThat(truth.consistent()).isFalse();
        assertThat(truth.lines()).anyMatch(l -> l.refundState() == RefundState.REFUNDED);
        assertThat(truth.amountsBalance()).isTrue();
    }

    @Test
    void pddServesNoRefundAtOrderLevelAndTheTruthSaysSo() {
        List<SimOrder> orders = marked(Channel.PDD);
        assertThat(orders).isNotEmpty();
        for (SimOrder order : orders) {
            UnifiedOrder truth = GroundTruth.of(order);
            assertThat(truth.refundState()).isEqualTo(RefundState.NONE);
            assertThat(truth.lines()).allMatch(l -> l.refundState() == RefundState.NONE);
            assertThat(order.refundState()).isIn(RefundState.REFUNDED, RefundState.PARTIAL);
        }
        ShopCredentials shop = sandbox.shops(Channel.PDD).get(0);
        JsonNode served = calls.pdd(shop, "pdd.order.information.get", Map.of("order_sn", orders.get(0).orderId()))
                .json().at("/order_info_get_response/order_info");
        assertThat(served.get("refund_status").asInt()).isEqualTo(1);
        assertThat(served.get("after_sales_status").asInt()).isEqualTo(5);
        JsonNode line = calls.get("/_sandbox/truth?channel=PDD").body().lines().map(SignedCalls.JSON::readTree)
                .filter(n -> n.get("platformOrderId").asString().equals(orders.get(0).orderId())).findFirst()
                .orElseThrow();
        assertThat(line.get("inconsistency").asString()).isEqualTo("REFUND_NOT_REFLECTED");
        assertThat(line.get("refundState").asString()).isEqualTo("NONE");
    }

    @Test
    void jdHasNoneAndAmountMismatchesAreUnchanged() {
        assertThat(marked(Channel.JD)).isEmpty();
        assertThat(marked(Channel.DOUYIN)).isNotEmpty();
        ChannelSandbox plain = ChannelSandbox.builder().seed(31).shopsPerChannel(1).ordersPerShop(3000)
                .inconsistentFraction(0.02).now(sandbox.now()).build();
        for (Channel channel : Channel.values()) {
            String shopId = sandbox.shops(channel).get(0).shopId();
            assertThat(sandbox.orders(channel, shopId)
                    .filter(o -> o.inconsistency() == Inconsistency.AMOUNT_MISMATCH).map(SimOrder::orderId).toList())
                    .isEqualTo(plain.orders(channel, shopId)
                            .filter(o -> o.inconsistency() == Inconsistency.AMOUNT_MISMATCH).map(SimOrder::orderId)
                            .toList());
        }
    }
}
