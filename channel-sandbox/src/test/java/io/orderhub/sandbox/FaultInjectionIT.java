package io.orderhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.sandbox.fault.FaultPlan;
import io.orderhub.sandbox.fault.RateLimitPolicy;
import io.orderhub.sandbox.generator.SimTime;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

class FaultInjectionIT {
    private final ChannelSandbox sandbox = ChannelSandbox.builder().seed(99).ordersPerShop(20_000)
            .unlimitedRateLimits().build().start();
    private final SignedCalls calls = new SignedCalls(sandbox, new OkHttpClient.Builder()
            .readTimeout(400, TimeUnit.MILLISECONDS).retryOnConnectionFailure(false).build());
    private final ShopCredentials pdd = sandbox.shops(Channel.PDD).get(0);
    private final ShopCredentials taobao = sandbox.shops(Channel.TAOBAO).get(0);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SignedCalls.Reply pddPage(int page, int pageSize) {
        long now = sandbox.now().getEpochSecond();
        Map<String, String> p = new HashMap<>();
        p.put("start_updated_at", Long.toString(now - 1800));
        p.put("end_updated_at", Long.toString(now));
        p.put("order_status", "5");
        p.put("refund_status", "5");
        p.put("page", Integer.toString(page));
        p.put("page_size", Integer.toString(pageSize));
        p.put("use_has_next", "true");
        return calls.pdd(pdd, "pdd.order.number.list.increment.get", p);
    }

    private List<String> taobaoIds(int page, int pageSize) {
        long now = sandbox.now().getEpochSecond();
        Map<String, String> p = new HashMap<>();
        p.put("fields", "tid");
        p.put("start_modified", SimTime.text(now - 86_400));
        p.put("end_modified", SimTime.text(now));
        p.put("page_no", Integer.toString(page));
        p.put("page_size", Integer.toString(pageSize));
        List<String> ids = new ArrayList<>();
        calls.taobao(taobao, "taobao.trades.sold.increment.get", p).json()
                .at("/trades_sold_increment_get_response/trades/trade")
                .forEach(t -> ids.add(t.get("tid_str").asString()));
        return ids;
    }

    @Test
    void serverErrorOnTheNthRequest() {
        sandbox.faults(FaultPlan.builder().serverErrorOnRequests(2).build());
        assertThat(pddPage(1, 10).code()).isEqualTo(200);
        SignedCalls.Reply second = pddPage(1, 10);
        assertThat(second.code()).isIn(502, 503);
        assertThat(second.body()).contains("<html>");
        assertThat(pddPage(1, 10).code()).isEqualTo(200);
        assertThat(sandbox.stats().get("fault.serverError")).isEqualTo(1);
    }

    @Test
    void serverErrorsByProbability() {
        sandbox.faults(FaultPlan.builder().serverErrorRate(0.5).build());
        int failed = 0;
        for (int i = 0; i < 40; i++) {
            failed += pddPage(1, 1).code() >= 500 ? 1 : 0;
        }
        assertThat(failed).isBetween(5, 35);
        assertThat(sandbox.stats().get("fault.serverError")).isEqualTo(failed);
    }

    @Test
    void platformRateLimitErrorsAreEachPlatformsOwn() {
        sandbox.faults(FaultPlan.builder().rateLimitRate(1).build());
        assertThat(pddPage(1, 1).json().at("/error_response/error_code").asInt()).isEqualTo(52101);
        JsonNode taobaoError = calls.taobao(taobao, "taobao.trade.fullinfo.get", Map.of("fields", "tid", "tid", "1"))
                .json().get("error_response");
        assertThat(taobaoError.get("code").asInt()).isEqualTo(7);
        assertThat(taobaoError.get("sub_code").asString()).isEqualTo("accesscontrol.limited-by-app-access-count");
        assertThat(taobaoError.get("sub_msg").asString()).matches("This ban will last for \\d+ more seconds");
        ShopCredentials douyin = sandbox.shops(Channel.DOUYIN).get(0);
        assertThat(calls.douyin(douyin, "{\"page\":0}").json().get("code").asInt()).isEqualTo(60000);
        ShopCredentials jd = sandbox.shops(Channel.JD).get(0);
        assertThat(calls.jd(jd, "{}").json().at("/error_response/code").asString()).isEqualTo("67");
    }

    @Test
    void serviceUnavailableErrorsAreEachPlatformsOwn() {
        sandbox.faults(FaultPlan.builder().serviceUnavailableRate(1).build());
        assertThat(pddPage(1, 1).json().at("/error_response/error_code").asInt()).isEqualTo(50000);
        ShopCredentials douyin = sandbox.shops(Channel.DOUYIN).get(0);
        assertThat(calls.douyin(douyin, "{\"page\":0}").json().get("code").asInt()).isEqualTo(20000);
        assertThat(calls.taobao(taobao, "taobao.trade.fullinfo.get", Map.of("fields", "tid", "tid", "1")).json()
                .at("/error_response/code").asInt()).isEqualTo(50);
        assertThat(sandbox.stats().get("fault.serviceUnavailable")).isEqualTo(3);
    }

    @Test
    void tokenBucketThrottlesThenBansPddApps() {
        sandbox.rateLimit(Channel.PDD, new RateLimitPolicy(0.001, 2, 3, 60));
        assertThat(pddPage(1, 1).code()).isEqualTo(200);
        assertThat(pddPage(1, 1).json().has("order_sn_increment_get_response")).isTrue();
        assertThat(pddPage(1, 1).json().at("/error_response/error_code").asInt()).isEqualTo(52101);
        assertThat(pddPage(1, 1).json().at("/error_response/error_code").asInt()).isEqualTo(52101);
        assertThat(pddPage(1, 1).json().at("/error_response/error_code").asInt()).isEqualTo(70031);
        assertThat(pddPage(1, 1).json().at("/error_response/error_code").asInt()).isEqualTo(70031);
        assertThat(sandbox.stats().get("rateLimited.PDD")).isEqualTo(4);
    }

    @Test
    void timeoutWhenTheServerNeverAnswers() {
        sandbox.faults(FaultPlan.builder().timeoutRate(1).build());
        assertThatThrownBy(() -> pddPage(1, 1)).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(sandbox.stats().get("fault.timeout")).isEqualTo(1);
    }

    @Test
    void bodyStallsAfterTheHeaders() {
        sandbox.faults(FaultPlan.builder().bodyStallRate(1).build());
        assertThatThrownBy(() -> pddPage(1, 1)).isInstanceOf(UncheckedIOException.class);
        assertThat(sandbox.stats().get("fault.bodyStall")).isEqualTo(1);
    }

    @Test
    void slowResponsesAreDelayed() {
        sandbox.faults(FaultPlan.builder().delay(250, 1).build());
        long started = System.nanoTime();
        assertThat(pddPage(1, 1).code()).isEqualTo(200);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(250);
        assertThat(sandbox.stats().get("fault.delay")).isEqualTo(1);
    }

    @Test
    void malformedAndTruncatedJson() {
        sandbox.faults(FaultPlan.builder().malformedJsonRate(1).build());
        SignedCalls.Reply malformed = pddPage(1, 5);
        assertThatThrownBy(malformed::json).isInstanceOf(JacksonException.class);
        sandbox.faults(FaultPlan.builder().truncatedJsonRate(1).build());
        SignedCalls.Reply truncated = pddPage(1, 5);
        assertThat(truncated.code()).isEqualTo(200);
        assertThatThrownBy(truncated::json).isInstanceOf(JacksonException.class);
        assertThat(sandbox.stats().snapshot()).containsEntry("fault.malformedJson", 1L)
                .containsEntry("fault.truncatedJson", 1L);
    }

    @Test
    void badOrdersCarryUnknownStatusesOrNonNumericAmountsAndTheTruthSaysWhich() {
        sandbox.faults(FaultPlan.builder().badOrderRate(0.3).build());
        JsonNode list = pddPage(1, 100).json().at("/order_sn_increment_get_response/order_sn_list");
        long unknownStatus = 0;
        long nonNumeric = 0;
        for (JsonNode order : list) {
            unknownStatus += order.get("order_status").asInt() == 99 ? 1 : 0;
            nonNumeric += order.get("pay_amount").isString() ? 1 : 0;
        }
        assertThat(unknownStatus).isPositive();
        assertThat(nonNumeric).isPositive();
        long flagged = sandbox.truth(Channel.PDD, pdd.shopId())
                .filter(o -> o.payloadDefect() != io.orderhub.sandbox.generator.PayloadDefect.NONE).count();
        assertThat(flagged).isPositive();
    }

    @Test
    void repeatedPageServesThePreviousPageAgain() {
        List<String> first = taobaoIds(1, 20);
        sandbox.faults(FaultPlan.builder().repeatPageRate(1).build());
        assertThat(taobaoIds(2, 20)).isEqualTo(first);
        assertThat(sandbox.stats().get("fault.repeatedPage")).isEqualTo(1);
    }

    @Test
    void ordersMovingToTheFirstPageWhilePagingAreSkippedByNaivePaging() {
        List<String> before = new ArrayList<>(taobaoIds(1, 50));
        before.addAll(taobaoIds(2, 50));
        sandbox.faults(FaultPlan.builder().movingOrdersPerPage(5).build());
        List<String> walked = new ArrayList<>(taobaoIds(1, 50));
        walked.addAll(taobaoIds(2, 50));
        assertThat(sandbox.stats().get("fault.movedOrders")).isEqualTo(5);
        // The five orders that were first on page 3 jumped to page 1 after it had been read: page 2 now repeats
        // five orders of page 1, and the moved ones are never seen by a forward walk.
        assertThat(walked).hasSize(100);
        assertThat(walked.stream().distinct().count()).isEqualTo(95);
    }

    @Test
    void shuffledPagesComeOutOfTimeOrder() {
        sandbox.faults(FaultPlan.builder().shuffleWithinPage(true).build());
        long now = sandbox.now().getEpochSecond();
        Map<String, String> p = new HashMap<>();
        p.put("fields", "tid");
        p.put("start_modified", SimTime.text(now - 86_400));
        p.put("end_modified", SimTime.text(now));
        p.put("page_size", "100");
        List<String> modified = new ArrayList<>();
        calls.taobao(taobao, "taobao.trades.sold.increment.get", p).json()
                .at("/trades_sold_increment_get_response/trades/trade")
                .forEach(t -> modified.add(t.get("modified").asString()));
        assertThat(modified).isNotEqualTo(modified.stream().sorted((a, b) -> b.compareTo(a)).toList());
        assertThat(sandbox.stats().get("fault.shuffledPage")).isEqualTo(1);
    }

    @Test
    void accessTokenExpiresFromTheGivenMoment() {
        sandbox.faults(FaultPlan.builder().expireToken(Channel.PDD, pdd.shopId(), Instant.now().plusSeconds(3600))
                .build());
        assertThat(pddPage(1, 1).code()).isEqualTo(200);
        assertThat(pddPage(1, 1).json().has("error_response")).isFalse();
        sandbox.faults(FaultPlan.builder().expireToken(Channel.PDD, pdd.shopId(), Instant.now().minusSeconds(1))
                .build());
        assertThat(pddPage(1, 1).json().at("/error_response/error_code").asInt()).isEqualTo(10019);
        assertThat(sandbox.stats().get("fault.tokenExpired")).isEqualTo(1);
    }

    @Test
    void faultsCanBeSetOverHttpAndReadBackWithTheCallbackSwitch() {
        SignedCalls admin = new SignedCalls(sandbox);
        JsonNode plan = admin.post("/_sandbox/faults", "{\"serverErrorOnRequests\":[1],"
                + "\"callbackSignatureSwitchAt\":\"2025-03-01T00:00:00Z\",\"channels\":[\"PDD\"]}").json();
        assertThat(plan.get("serverErrorOnRequests").get(0).asInt()).isEqualTo(1);
        assertThat(sandbox.callbackSignatureSwitchAt()).contains(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(pddPage(1, 1).code()).isIn(502, 503);
        JsonNode stats = admin.get("/_sandbox/stats").json();
        assertThat(stats.get("fault.serverError").asInt()).isEqualTo(1);
        assertThat(stats.get("requests.PDD").asInt()).isEqualTo(1);
        admin.post("/_sandbox/faults", "{}");
        assertThat(sandbox.faults()).isEqualTo(FaultPlan.none());
    }

    @Test
    void faultsLimitedToOneChannelLeaveTheOthersAlone() {
        sandbox.faults(FaultPlan.builder().serverErrorRate(1).onlyChannels(Channel.TAOBAO).build());
        assertThat(pddPage(1, 1).code()).isEqualTo(200);
    }
}
