package io.orderhub.sandbox.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ChannelSandbox;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.SignedCalls;
import io.orderhub.sandbox.generator.SimTime;
import io.orderhub.sandbox.truth.UnifiedOrder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class TaobaoGatewayIT {
    private static final String INCREMENT = "taobao.trades.sold.increment.get";
    private final ChannelSandbox sandbox = ChannelSandbox.builder().seed(42).ordersPerShop(3000)
            .unlimitedRateLimits().build().start();
    private final SignedCalls calls = new SignedCalls(sandbox);
    private final ShopCredentials shop = sandbox.shops(Channel.TAOBAO).get(0);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Map<String, String> window(long from, long to) {
        Map<String, String> p = new HashMap<>();
        p.put("fields", "tid,status,modified");
        p.put("start_modified", SimTime.text(from));
        p.put("end_modified", SimTime.text(to));
        p.put("use_has_next", "true");
        return p;
    }

    private Map<String, String> lastDay() {
        long now = sandbox.now().getEpochSecond();
        return window(now - 86_400, now);
    }

    @ParameterizedTest
    @ValueSource(strings = {"md5", "hmac", "hmac-sha256"})
    void acceptsEverySignMethod(String signMethod) {
        JsonNode body = calls.taobao(shop, INCREMENT, lastDay(), signMethod, shop.appSecret()).json();
        assertThat(body.has("trades_sold_increment_get_response")).isTrue();
    }

    @Test
    void wrongSecretIsRejectedWithCode25() {
        JsonNode error = calls.taobao(shop, INCREMENT, lastDay(), "md5", "not-the-secret").json()
                .get("error_response");
        assertThat(error.get("code").asInt()).isEqualTo(25);
        assertThat(error.get("msg").asString()).isEqualTo("Invalid signature");
        assertThat(error.has("request_id")).isTrue();
    }

    @Test
    void signatureOfAnotherAlgorithmIsRejected() {
        JsonNode error = calls.taobao(shop, INCREMENT, lastDay(), "md5", "hmac-sha256", shop.appSecret()).json()
                .get("error_response");
        assertThat(error.get("code").asInt()).isEqualTo(25);
    }

    @Test
    void unknownSessionIsRejectedWithCode27() {
        ShopCredentials stranger = new ShopCredentials(Channel.TAOBAO, "x", shop.appKey(), shop.appSecret(), "bad");
        assertThat(calls.taobao(stranger, INCREMENT, lastDay()).json().at("/error_response/code").asInt())
                .isEqualTo(27);
    }

    @Test
    void timestampOutsideTenMinutesIsRejectedWithCode31() {
        try (ChannelSandbox skewed = ChannelSandbox.builder().unlimitedRateLimits()
                .wallClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11))).build().start()) {
            ShopCredentials s = skewed.shops(Channel.TAOBAO).get(0);
            long now = skewed.now().getEpochSecond();
            JsonNode body = new SignedCalls(skewed).taobao(s, INCREMENT, window(now - 60, now)).json();
            assertThat(body.at("/error_response/code").asInt()).isEqualTo(31);
        }
    }

    @Test
    void windowLongerThanOneDayIsAnInvalidArgument() {
        long now = sandbox.now().getEpochSecond();
        JsonNode error = calls.taobao(shop, INCREMENT, window(now - 86_401, now)).json().get("error_response");
        assertThat(error.get("code").asInt()).isEqualTo(41);
        assertThat(error.get("sub_code").asString()).isEqualTo("isv.invalid-parameter");
    }

    @Test
    void missingFieldsIsAMissingArgument() {
        Map<String, String> params = lastDay();
        params.remove("fields");
        assertThat(calls.taobao(shop, INCREMENT, params).json().at("/error_response/code").asInt()).isEqualTo(40);
    }

    @Test
    void pageSizeIsLimitedTo100AndDefaultsTo40() {
        Map<String, String> params = lastDay();
        params.put("page_size", "101");
        assertThat(calls.taobao(shop, INCREMENT, params).json().at("/error_response/code").asInt()).isEqualTo(41);
        JsonNode response = calls.taobao(shop, INCREMENT, lastDay()).json().get("trades_sold_increment_get_response");
        assertThat(response.get("total_results").asInt()).isGreaterThan(40);
        assertThat(response.at("/trades/trade").size()).isEqualTo(40);
    }

    @Test
    void hasNextPagingWalksTheWholeWindowNewestFirst() {
        long now = sandbox.now().getEpochSecond();
        long from = now - 86_400;
        List<String> ids = new ArrayList<>();
        List<String> modified = new ArrayList<>();
        boolean hasNext = true;
        for (int page = 1; hasNext; page++) {
            Map<String, String> params = window(from, now);
            params.put("page_no", Integer.toString(page));
            params.put("page_size", "100");
            JsonNode response = calls.taobao(shop, INCREMENT, params).json().get("trades_sold_increment_get_response");
            for (JsonNode trade : response.path("trades").path("trade")) {
                ids.add(trade.get("tid_str").asString());
                modified.add(trade.get("modified").asString());
            }
            hasNext = response.get("has_next").asBoolean();
        }
        Set<String> expected = sandbox.truth(Channel.TAOBAO, shop.shopId())
                .filter(o -> !o.modifiedAt().isBefore(SimTime.local(from)) && !o.modifiedAt().isAfter(SimTime.local(now)))
                .map(UnifiedOrder::platformOrderId).collect(Collectors.toSet());
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(modified).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void tidExceedsTwoToThe53AndTidStrCarriesItExactly() {
        JsonNode trade = calls.taobao(shop, INCREMENT, lastDay()).json().at("/trades_sold_increment_get_response/trades/trade/0");
        assertThat(trade.get("tid").asLong()).isGreaterThan(1L << 53);
        assertThat(trade.get("tid_str").asString()).isEqualTo(Long.toString(trade.get("tid").asLong()));
    }

    @Test
    void fullinfoReturnsTheSameTradeAsTheIncrement() {
        JsonNode listed = calls.taobao(shop, INCREMENT, lastDay()).json()
                .at("/trades_sold_increment_get_response/trades/trade/0");
        JsonNode full = calls.taobao(shop, "taobao.trade.fullinfo.get",
                Map.of("fields", "tid", "tid", listed.get("tid_str").asString())).json()
                .at("/trade_fullinfo_get_response/trade");
        assertThat(full).isEqualTo(listed);
    }

    @Test
    void fullinfoOfAnUnknownTradeIsABusinessError() {
        JsonNode error = calls.taobao(shop, "taobao.trade.fullinfo.get", Map.of("fields", "tid", "tid", "123"))
                .json().get("error_response");
        assertThat(error.get("code").asInt()).isEqualTo(15);
        assertThat(error.get("sub_code").asString()).isEqualTo("isv.trade-not-exist");
    }

    @Test
    void moneyIsDecimalTextAndLinesObeyTheTotalFeeRule() {
        long now = sandbox.now().getEpochSecond();
        for (long day = 1; day <= 5; day++) {
            Map<String, String> params = window(now - day * 86_400, now - (day - 1) * 86_400);
            params.put("page_size", "100");
            JsonNode trades = calls.taobao(shop, INCREMENT, params).json()
                    .at("/trades_sold_increment_get_response/trades/trade");
            for (JsonNode trade : trades) {
                assertThat(trade.get("payment").isString()).isTrue();
                for (JsonNode line : trade.at("/orders/order")) {
                    var price = new java.math.BigDecimal(line.get("price").asString());
                    var totalFee = new java.math.BigDecimal(line.get("total_fee").asString());
                    var discount = new java.math.BigDecimal(line.get("discount_fee").asString());
                    var payment = new java.math.BigDecimal(line.get("payment").asString());
                    var mjz = new java.math.BigDecimal(line.get("part_mjz_discount").asString());
                    assertThat(totalFee).isEqualByComparingTo(
                            price.multiply(java.math.BigDecimal.valueOf(line.get("num").asInt())).subtract(discount));
                    assertThat(payment).isEqualByComparingTo(totalFee.subtract(mjz));
                }
            }
        }
    }

}
