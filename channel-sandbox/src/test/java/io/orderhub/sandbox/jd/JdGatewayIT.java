package io.orderhub.sandbox.jd;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.SignedCalls;
import io.orderhub.sandbox.generator.SimTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JdGatewayIT {
    private static final String ALL_STATES =
            "WAIT_SELLER_STOCK_OUT,WAIT_GOODS_RECEIVE_CONFIRM,FINISHED_L,TRADE_CANCELED,LOCKED,PAUSE";
    private final ChannelSandbox sandbox = ChannelSandbox.builder().seed(7).ordersPerShop(2000)
            .unlimitedRateLimits().build().start();
    private final SignedCalls calls = new SignedCalls(sandbox);
    private final ShopCredentials shop = sandbox.shops(Channel.JD).get(0);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String query(long days, String states, String fields, int page, String pageSize) {
        long now = sandbox.now().getEpochSecond();
        return "{\"dateType\":0,\"end_date\":\"" + SimTime.text(now) + "\",\"optional_fields\":\"" + fields
                + "\",\"order_state\":\"" + states + "\",\"page\":\"" + page + "\",\"page_size\":\"" + pageSize
                + "\",\"sortType\":1,\"start_date\":\"" + SimTime.text(now - days * 86_400) + "\"}";
    }

    private JsonNode result(String paramJson) {
        return calls.jd(shop, paramJson).json().at("/jingdong_pop_order_search_responce/searchorderinfo_result");
    }

    @Test
    void wrongSecretGetsTheExactInvalidSignatureBody() {
        String body = calls.jd(shop, query(1, ALL_STATES, "orderId", 1, "10"), "wrong").body();
        assertThat(body).isEqualTo("{\"error_response\":{\"code\":\"12\",\"zh_desc\":\"无效签名\","
                + "\"en_desc\":\"Invalid signature\"}}");
    }

    @Test
    void unknownTokenGetsCode19() {
        ShopCredentials stranger = new ShopCredentials(Channel.JD, "x", shop.appKey(), shop.appSecret(), "nope");
        assertThat(calls.jd(stranger, query(1, ALL_STATES, "orderId", 1, "10")).json()
                .at("/error_response/code").asString()).isEqualTo("19");
    }

    @Test
    void onlyOptionalFieldsComeBackAndAllAreStrings() {
        JsonNode result = result(query(10, ALL_STATES, "orderId,orderState,orderPayment,paymentConfirmTime", 1, "50"));
        assertThat(result.at("/apiResult/success").asBoolean()).isTrue();
        for (JsonNode order : result.get("orderInfoList")) {
            Set<String> names = new HashSet<>(order.propertyNames());
            assertThat(names).isSubsetOf("orderId", "orderState", "orderPayment", "paymentConfirmTime");
            order.properties().forEach(field -> assertThat(field.getValue().isString()).isTrue());
        }
    }

    @Test
    void cancelledUnpaidOrdersCarryTheZeroPaymentTime() {
        JsonNode result = result(query(30, "TRADE_CANCELED", "orderId,orderState,paymentConfirmTime", 1, "100"));
        assertThat(result.get("orderTotal").asInt()).isPositive();
        for (JsonNode order : result.get("orderInfoList")) {
            assertThat(order.get("orderState").asString()).isEqualTo("TRADE_CANCELED");
            assertThat(order.get("paymentConfirmTime").asString()).isEqualTo("0001-01-01 00:00:00");
        }
    }

    @Test
    void windowOverOneMonthFailsInApiResult() {
        JsonNode result = result(query(32, ALL_STATES, "orderId", 1, "10"));
        assertThat(result.at("/apiResult/success").asBoolean()).isFalse();
        assertThat(result.get("orderInfoList")).isEmpty();
    }

    @Test
    void pageSizeAbove100FailsInApiResult() {
        assertThat(result(query(1, ALL_STATES, "orderId", 1, "101")).at("/apiResult/success").asBoolean()).isFalse();
    }

    @Test
    void pagesFromOneCoverOrderTotalWithoutDuplicates() {
        List<String> ids = new ArrayList<>();
        int total = -1;
        for (int page = 1; total < 0 || ids.size() < total; page++) {
            JsonNode result = result(query(30, ALL_STATES, "orderId,modified", page, "100"));
            total = result.get("orderTotal").asInt();
            JsonNode list = result.get("orderInfoList");
            if (list.isEmpty()) {
                break;
            }
            list.forEach(order -> ids.add(order.get("orderId").asString()));
        }
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        assertThat(total).isEqualTo(sandbox.visibleOrders(Channel.JD, shop.shopId()));
    }

    @Test
    void couponDetailsCarryTheCouponTypeNumberFirst() {
        JsonNode result = result(query(30, ALL_STATES, "orderId,couponDetailList", 1, "100"));
        List<String> types = new ArrayList<>();
        result.get("orderInfoList").forEach(o -> o.get("couponDetailList")
                .forEach(c -> types.add(c.get("couponType").asString())));
        assertThat(types).isNotEmpty().allMatch(t -> t.matches("\\d+-.+"));
    }

    @Test
    void orderGetReturnsTheOrderTheSearchShows() {
        JsonNode listed = result(query(30, ALL_STATES, "orderId,orderState,modified,itemInfoList", 1, "1"))
                .get("orderInfoList").get(0);
        String orderId = listed.get("orderId").asString();
        JsonNode detail = calls.jd(shop, "jingdong.pop.order.get", "{\"optional_fields\":\"orderId,orderState,"
                + "modified,itemInfoList\",\"order_id\":\"" + orderId + "\"}", shop.appSecret()).json()
                .at("/jingdong_pop_order_get_responce/orderDetailInfo");
        assertThat(detail.at("/apiResult/success").asBoolean()).isTrue();
        assertThat(detail.get("orderInfo")).isEqualTo(listed);
    }

    @Test
    void orderGetOfAnOrderTheShopDoesNotHaveFailsInApiResult() {
        JsonNode detail = calls.jd(shop, "jingdong.pop.order.get",
                "{\"optional_fields\":\"orderId\",\"order_id\":\"1\"}", shop.appSecret()).json()
                .at("/jingdong_pop_order_get_responce/orderDetailInfo");
        assertThat(detail.at("/apiResult/success").asBoolean()).isFalse();
        assertThat(detail.has("orderInfo")).isFalse();
    }

    @Test
    void lineRefundsAndPresaleComeInTheirFields() {
        List<String> refundStatuses = new ArrayList<>();
        int presale = 0;
        for (int page = 1; page <= 20; page++) {
            JsonNode list = result(query(30, ALL_STATES, "orderId,itemInfoList,orderFlag,appointmentCalendar", page,
                    "100")).get("orderInfoList");
            for (JsonNode order : list) {
                order.get("itemInfoList").forEach(item -> item.path("afsInfoList")
                        .forEach(afs -> refundStatuses.add(afs.get("refundStatus").asString())));
                if (order.at("/orderFlag/preSaleOrder").asBoolean()) {
                    presale++;
                } else {
                    assertThat(order.has("appointmentCalendar")).isFalse();
                }
            }
        }
        assertThat(refundStatuses).contains("0", "3").allMatch(s -> s.equals("0") || s.equals("3"));
        assertThat(presale).isPositive();
    }

    @Test
    void lateStampedOrdersBreakTheSortOrderButMatchTheTruth() {
        sandbox.faults(io.orderhub.sandbox.fault.FaultPlan.builder().outOfOrderModifiedRate(0.3).build());
        JsonNode list = result(query(30, ALL_STATES, "orderId,modified", 1, "100")).get("orderInfoList");
        List<String> modified = new ArrayList<>();
        java.util.Map<String, String> truth = new java.util.HashMap<>();
        sandbox.truth(Channel.JD, shop.shopId()).forEach(o -> truth.put(o.platformOrderId(),
                SimTime.TEXT.format(o.modifiedAt())));
        for (JsonNode order : list) {
            modified.add(order.get("modified").asString());
            assertThat(order.get("modified").asString()).isEqualTo(truth.get(order.get("orderId").asString()));
        }
        assertThat(modified).isNotEqualTo(modified.stream().sorted((a, b) -> b.compareTo(a)).toList());
    }
}
