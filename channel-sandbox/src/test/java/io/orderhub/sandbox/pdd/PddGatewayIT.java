package io.orderhub.sandbox.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.SignedCalls;
import io.orderhub.sandbox.truth.UnifiedOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PddGatewayIT {
    private static final String INCREMENT = "pdd.order.number.list.increment.get";
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final ChannelSandbox sandbox = ChannelSandbox.builder().seed(5).ordersPerShop(20_000)
            .unlimitedRateLimits().build().start();
    private final SignedCalls calls = new SignedCalls(sandbox);
    private final ShopCredentials shop = sandbox.shops(Channel.PDD).get(0);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Map<String, String> window(long from, long to, int page, int pageSize) {
        Map<String, String> p = new HashMap<>();
        p.put("start_updated_at", Long.toString(from));
        p.put("end_updated_at", Long.toString(to));
        p.put("order_status", "5");
        p.put("refund_status", "5");
        p.put("page", Integer.toString(page));
        p.put("page_size", Integer.toString(pageSize));
        p.put("use_has_next", "true");
        return p;
    }

    private Map<String, String> lastHalfHour(int page, int pageSize) {
        long now = sandbox.now().getEpochSecond();
        return window(now - 1800, now, page, pageSize);
    }

    @Test
    void wrongSecretGetsError20004() {
        JsonNode error = calls.pdd(shop, INCREMENT, lastHalfHour(1, 10), "wrong").json().get("error_response");
        assertThat(error.get("error_code").asInt()).isEqualTo(20004);
        assertThat(error.get("error_msg").asString()).isEqualTo("签名错误");
        assertThat(error.has("request_id")).isTrue();
    }

    @Test
    void windowOverThirtyMinutesIsRefused() {
        long now = sandbox.now().getEpochSecond();
        JsonNode body = calls.pdd(shop, INCREMENT, window(now - 1801, now, 1, 10)).json();
        assertThat(body.at("/error_response/error_code").asInt()).isEqualTo(10000);
    }

    @Test
    void hasNextPagingReturnsEveryOrderOnce() {
        List<String> ids = new ArrayList<>();
        int total = 0;
        boolean hasNext = true;
        for (int page = 1; hasNext; page++) {
            JsonNode response = calls.pdd(shop, INCREMENT, lastHalfHour(page, 5)).json()
                    .get("order_sn_increment_get_response");
            total = response.get("total_count").asInt();
            response.get("order_sn_list").forEach(o -> ids.add(o.get("order_sn").asString()));
            hasNext = response.get("has_next").asBoolean();
        }
        assertThat(total).isGreaterThan(5);
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
    }

    @Test
    void moneyIsExactYuanNumbersMatchingTheTruth() {
        String body = calls.pdd(shop, INCREMENT, lastHalfHour(1, 100)).body();
        Map<String, UnifiedOrder> truth = sandbox.truth(Channel.PDD, shop.shopId())
                .collect(Collectors.toMap(UnifiedOrder::platformOrderId, Function.identity()));
        JsonNode list = EXACT.readTree(body).at("/order_sn_increment_get_response/order_sn_list");
        assertThat(list).isNotEmpty();
        for (JsonNode order : list) {
            assertThat(order.get("pay_amount").isNumber()).isTrue();
            UnifiedOrder expected = truth.get(order.get("order_sn").asString());
            assertThat(order.get("pay_amount").decimalValue()).isEqualByComparingTo(expected.paidAmount());
            assertThat(order.get("goods_amount").decimalValue()).isEqualByComparingTo(expected.goodsAmount());
            BigDecimal discount = order.get("platform_discount").decimalValue()
                    .add(order.get("seller_discount").decimalValue())
                    .add(order.get("capital_free_discount").decimalValue());
            assertThat(order.get("discount_amount").decimalValue()).isEqualByComparingTo(discount);
        }
        assertThat(body).doesNotContainPattern("\\d\\.\\d{3,}");
    }

    @Test
    void orderStatusFilterKeepsOnlyThatStatus() {
        long now = sandbox.now().getEpochSecond();
        Map<String, String> all = window(now - 1800, now, 1, 100);
        Map<String, String> shipped = window(now - 1800, now, 1, 100);
        shipped.put("order_status", "2");
        JsonNode everything = calls.pdd(shop, INCREMENT, all).json().get("order_sn_increment_get_response");
        JsonNode onlyShipped = calls.pdd(shop, INCREMENT, shipped).json().get("order_sn_increment_get_response");
        long expected = 0;
        for (JsonNode order : everything.get("order_sn_list")) {
            expected += order.get("order_status").asInt() == 2 ? 1 : 0;
        }
        assertThat(onlyShipped.get("total_count").asLong()).isEqualTo(expected).isPositive();
        onlyShipped.get("order_sn_list").forEach(o -> assertThat(o.get("order_status").asInt()).isEqualTo(2));
    }

    @Test
    void detailReturnsTheSameOrderAsTheIncrement() {
        JsonNode listed = calls.pdd(shop, INCREMENT, lastHalfHour(1, 1)).json()
                .at("/order_sn_increment_get_response/order_sn_list/0");
        JsonNode detail = calls.pdd(shop, "pdd.order.information.get",
                Map.of("order_sn", listed.get("order_sn").asString())).json().at("/order_info_get_response/order_info");
        assertThat(detail).isEqualTo(listed);
    }
}
