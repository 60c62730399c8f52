package io.orderhub.sandbox.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.SignedCalls;
import io.orderhub.sandbox.truth.UnifiedLine;
import io.orderhub.sandbox.generator.RefundState;
import io.orderhub.sandbox.truth.UnifiedOrder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DouyinGatewayIT {
    private final ChannelSandbox sandbox = ChannelSandbox.builder().seed(3).ordersPerShop(2000)
            .unlimitedRateLimits().build().start();
    private final SignedCalls calls = new SignedCalls(sandbox);
    private final ShopCredentials shop = sandbox.shops(Channel.DOUYIN).get(0);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String updatedWithin(long days, int page, int size) {
        long now = sandbox.now().getEpochSecond();
        return "{\"order_asc\":false,\"order_by\":\"update_time\",\"page\":" + page + ",\"size\":" + size
                + ",\"update_time_end\":" + now + ",\"update_time_start\":" + (now - days * 86_400) + "}";
    }

    @Test
    void bodyDifferentFromTheSignedOneIsRejected() {
        String signed = updatedWithin(1, 0, 10);
        JsonNode body = calls.douyin(shop, signed, signed.replace("\"size\":10", "\"size\": 10"), "hmac-sha256",
                shop.appSecret()).json();
        assertThat(body.get("code").asInt()).isEqualTo(40003);
        assertThat(body.get("sub_code").asString()).isEqualTo("isv.signature-invalid");
    }

    @Test
    void wrongSecretAndWrongAlgorithmAreRejected() {
        String json = updatedWithin(1, 0, 10);
        assertThat(calls.douyin(shop, json, json, "hmac-sha256", "wrong").json().get("sub_code").asString())
                .isEqualTo("isv.signature-invalid");
        assertThat(calls.douyin(shop, json, json, "md5", shop.appSecret()).json().get("code").asInt())
                .isEqualTo(10000);
    }

    @Test
    void staleTimestampIsRejected() {
        try (ChannelSandbox skewed = ChannelSandbox.builder().unlimitedRateLimits()
                .wallClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-11))).build().start()) {
            JsonNode body = new SignedCalls(skewed).douyin(skewed.shops(Channel.DOUYIN).get(0), "{\"page\":0}").json();
            assertThat(body.get("sub_code").asString()).isEqualTo("isv.timestamp-invalid");
        }
    }

    @Test
    void orderDetailReturnsTheOrderTheSearchShows() {
        JsonNode listed = calls.douyin(shop, updatedWithin(30, 0, 1)).json().at("/data/shop_order_list/0");
        String orderId = listed.get("order_id").asString();

        JsonNode reply = calls.douyinMethod(shop, "order.orderDetail", "/order/orderDetail",
                "{\"shop_order_id\":\"" + orderId + "\"}", shop.appSecret()).json();

        assertThat(reply.get("code").asInt()).isEqualTo(10000);
        assertThat(reply.at("/data/shop_order_detail")).isEqualTo(listed);
    }

    @Test
    void orderDetailOfAnOrderTheShopDoesNotHaveIsABusinessParameterError() {
        JsonNode reply = calls.douyinMethod(shop, "order.orderDetail", "/order/orderDetail", "{\"shop_order_id\":\"1\"}",
                shop.appSecret()).json();

        assertThat(reply.get("code").asInt()).isEqualTo(40004);
        assertThat(reply.path("data").path("shop_order_detail").isMissingNode()).isTrue();
    }

    @Test
    void orderDetailSignedWithAnotherSecretIsRejected() {
        JsonNode reply = calls.douyinMethod(shop, "order.orderDetail", "/order/orderDetail", "{\"shop_order_id\":\"1\"}",
                "wrong").json();

        assertThat(reply.get("sub_code").asString()).isEqualTo("isv.signature-invalid");
    }

    @Test
    void aMethodPostedToAnotherMethodsPathIsRejected() {
        JsonNode reply = calls.douyinMethod(shop, "order.orderDetail", "/order/searchList", "{\"shop_order_id\":\"1\"}",
                shop.appSecret()).json();

        assertThat(reply.get("sub_code").asString()).isEqualTo("isv.method-invalid");
    }

    @Test
    void pagesStartAtZeroAndCoverTheTotal() {
        Set<String> ids = new HashSet<>();
        int total = calls.douyin(shop, updatedWithin(30, 0, 100)).json().at("/data/total").asInt();
        for (int page = 0; page * 100 < total; page++) {
            JsonNode data = calls.douyin(shop, updatedWithin(30, page, 100)).json().get("data");
            assertThat(data.get("page").asInt()).isEqualTo(page);
            data.get("shop_order_list").forEach(o -> ids.add(o.get("order_id").asString()));
        }
        assertThat(ids).hasSize(total);
        assertThat(total).isEqualTo(sandbox.visibleOrders(Channel.DOUYIN, shop.shopId()));
    }

    @Test
    void sizeAbove100IsABusinessParameterError() {
        JsonNode body = calls.douyin(shop, updatedWithin(1, 0, 101)).json();
        assertThat(body.get("code").asInt()).isEqualTo(40004);
        assertThat(body.get("sub_code").asString()).startsWith("isv.parameter-invalid");
    }

    @Test
    void pagesBeyondFiftyThousandOrdersAreRefused() {
        assertThat(calls.douyin(shop, updatedWithin(1, 500, 100)).json().get("code").asInt()).isEqualTo(40004);
    }

    @Test
    void skuIdsAboveTwoToThe53AreExactJsonIntegers() {
        String body = calls.douyin(shop, updatedWithin(30, 0, 100)).body();
        Matcher matcher = Pattern.compile("\"sku_id\":(\\d+)").matcher(body);
        Set<String> served = new HashSet<>();
        while (matcher.find()) {
            served.add(matcher.group(1));
        }
        assertThat(served).anyMatch(id -> new BigInteger(id).compareTo(BigInteger.TWO.pow(53)) > 0);
        Set<String> known = new HashSet<>();
        sandbox.truth(Channel.DOUYIN, shop.shopId())
                .forEach(o -> o.lines().stream().map(UnifiedLine::platformSku).forEach(known::add));
        assertThat(known).containsAll(served);
    }

    @Test
    void moneyIsIntegerFenAndPromotionIsTheSumOfItsParts() {
        for (JsonNode order : calls.douyin(shop, updatedWithin(30, 0, 100)).json().at("/data/shop_order_list")) {
            assertThat(order.get("pay_amount").isIntegralNumber()).isTrue();
            assertThat(order.get("promotion_amount").asLong()).isEqualTo(order.get("promotion_shop_amount").asLong()
                    + order.get("promotion_platform_amount").asLong() + order.get("promotion_talent_amount").asLong());
        }
    }

    /**
     * The SDK model's reading (SkuOrderListItem): origin_amount is the unit price, sum_amount = origin_amount ×
     * item_num; a withdrawn after-sale reads after_sale_status 28 with refund_status 1 and is no refund in the truth.
     * The served data covers lines of several pieces, gifts, freight and withdrawn after-sales.
     */
    @Test
    void skuOrdersFollowTheSdkModel() {
        Map<String, UnifiedOrder> truth = sandbox.truth(Channel.DOUYIN, shop.shopId())
                .collect(Collectors.toMap(UnifiedOrder::platformOrderId, o -> o));
        int total = calls.douyin(shop, updatedWithin(30, 0, 100)).json().at("/data/total").asInt();
        boolean severalPieces = false;
        boolean gift = false;
        boolean freight = false;
        boolean withdrawn = false;
        for (int page = 0; page * 100 < total; page++) {
            for (JsonNode order : calls.douyin(shop, updatedWithin(30, page, 100)).json().at("/data/shop_order_list")) {
                UnifiedOrder expected = truth.get(order.get("order_id").asString());
                freight |= order.get("post_amount").asLong() > 0;
                JsonNode skus = order.get("sku_order_list");
                for (int i = 0; i < skus.size(); i++) {
                    JsonNode sku = skus.get(i);
                    UnifiedLine line = expected.lines().get(i);
                    long unit = sku.get("origin_amount").asLong();
                    assertThat(BigDecimal.valueOf(unit, 2)).isEqualByComparingTo(line.unitPrice());
                    assertThat(sku.get("sum_amount").asLong()).isEqualTo(unit * sku.get("item_num").asLong());
                    severalPieces |= sku.get("item_num").asInt() > 1;
                    gift |= "FREE".equals(sku.get("given_product_type").asString());
                    JsonNode afterSale = sku.get("after_sale_info");
                    if (afterSale.get("after_sale_status").asInt() == 28) {
                        withdrawn = true;
                        assertThat(afterSale.get("refund_status").asInt()).isEqualTo(1);
                        assertThat(line.refundState()).isEqualTo(RefundState.NONE);
                    }
                }
            }
        }
        assertThat(List.of(severalPieces, gift, freight, withdrawn)).containsOnly(true);
    }
}
