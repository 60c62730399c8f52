package io.orderhub.common.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertRoutingTest {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");

    private static AlertRouting routing() {
        return new AlertRouting(AlertHarness.properties(Map.ofEntries(
                Map.entry("default-receiver", "ops"),
                Map.entry("receivers.ops.type", "webhook"),
                Map.entry("receivers.ops.url", "http://127.0.0.1:1/hook"),
                Map.entry("receivers.oncall.type", "webhook"),
                Map.entry("receivers.oncall.url", "http://127.0.0.1:1/oncall"),
                Map.entry("receivers.taobao.type", "webhook"),
                Map.entry("receivers.taobao.url", "http://127.0.0.1:1/taobao"),
                Map.entry("routes[0].receiver", "oncall"),
                Map.entry("routes[0].matchers[0]", "severity=critical"),
                Map.entry("routes[0].continue", "true"),
                Map.entry("routes[1].receiver", "taobao"),
                Map.entry("routes[1].matchers[0]", "channel=~\"TAOBAO|TMALL\""),
                Map.entry("routes[1].group-by", "alertname,shop"),
                Map.entry("routes[1].group-wait", "5s"))));
    }

    private static Alert alert(String name, Severity severity, Map<String, String> labels) {
        return Alert.firing(name, severity, labels, "", "", List.of(), NOW);
    }

    @Test
    void continueLetsLaterRoutesMatchToo() {
        List<AlertRouting.RoutePlan> plans = routing().routesFor(alert("SyncLag", Severity.CRITICAL, Map.of("channel", "TMALL")));

        assertThat(plans).extracting(AlertRouting.RoutePlan::receiver).containsExactly("oncall", "taobao");
        assertThat(plans.get(1).groupBy()).containsExactly("alertname", "shop");
        assertThat(plans.get(1).groupWait()).hasSeconds(5);
        assertThat(plans.get(0).groupWait()).hasSeconds(30);
    }

    @Test
    void alertNoRouteMatchesGoesToTheDefaultReceiver() {
        assertThat(routing().routesFor(alert("SyncLag", Severity.WARNING, Map.of("channel", "JD"))))
                .extracting(AlertRouting.RoutePlan::receiver).containsExactly("ops");
    }

    @Test
    void channelDownInhibitsSyncLagOfTheSameChannelButNotOthersNorItself() {
        AlertRouting routing = routing();
        Alert down = alert("ChannelDown", Severity.CRITICAL, Map.of("channel", "JD"));
        List<Alert> firing = List.of(down);

        assertThat(routing.inhibited(alert("SyncLag", Severity.WARNING, Map.of("channel", "JD", "shop", "7")), firing)).isTrue();
        assertThat(routing.inhibited(alert("SyncLag", Severity.WARNING, Map.of("channel", "PDD", "shop", "7")), firing)).isFalse();
        assertThat(routing.inhibited(down, firing)).isFalse();
    }

    @Test
    void groupKeysSeparateGroupByValues() {
        AlertRouting.RoutePlan plan = routing().routesFor(alert("SyncLag", Severity.WARNING, Map.of("channel", "JD"))).get(0);
        var jd = plan.groupLabels(io.orderhub.common.alert.notify.AlertLabels.of(
                alert("SyncLag", Severity.WARNING, Map.of("channel", "JD", "shop", "1"))));
        var jd2 = plan.groupLabels(io.orderhub.common.alert.notify.AlertLabels.of(
                alert("SyncLag", Severity.WARNING, Map.of("channel", "JD", "shop", "2"))));

        assertThat(jd).isEqualTo(Map.of("alertname", "SyncLag"));
        assertThat(plan.groupId(plan.groupKey(jd))).isEqualTo(plan.groupId(plan.groupKey(jd2)));
    }
}
