package io.orderhub.common.freeze;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.order.Channel;
import io.orderhub.common.persistence.OrderHold;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreezeAlertsTest {

    private final List<Alert> posted = new ArrayList<>();
    private final FreezeAlerts alerts = new FreezeAlerts(posted::add,
            Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC));

    private static OrderHold hold(Channel channel, String shop, String id, String rule) {
        return new OrderHold(channel, shop, id, rule, "paid 2800.00 > 2000.00");
    }

    @Test
    void aBatchHoldingOrdersOfTwoShopsPostsOneAlertPerShopNamingItsOrders() {
        alerts.ordersHeld(List.of(hold(Channel.TAOBAO, "1001", "3301000000000000001", "big"),
                hold(Channel.JD, "2002", "2901000000000000002", "big"),
                hold(Channel.TAOBAO, "1001", "3301000000000000003", "tax")));

        assertThat(posted).extracting(alert -> alert.labels().toString())
                .containsExactly("{channel=TAOBAO, shop=1001}", "{channel=JD, shop=2002}");
        assertThat(posted.get(0).summary()).isEqualTo("2 orders of TAOBAO shop 1001 held by freeze rules (big 1, tax 1)");
        assertThat(posted.get(0).details()).contains("TB3301000000000000001 - big: paid 2800.00 > 2000.00",
                "TB3301000000000000003 - tax: paid 2800.00 > 2000.00").doesNotContain("2901000000000000002");
        assertThat(posted.get(1).summary()).isEqualTo("1 order of JD shop 2002 held by freeze rules (big 1)");
        assertThat(posted).noneMatch(Alert::isResolved);
    }

    @Test
    void thePostCountDoesNotGrowWithTheHeldOrders() {
        List<OrderHold> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(hold(Channel.TAOBAO, "1001", String.valueOf(3301000000000000000L + i), "big"));
        }
        alerts.ordersHeld(many);

        assertThat(posted).singleElement().satisfies(alert -> {
            assertThat(alert.summary()).startsWith("500 orders of TAOBAO shop 1001");
            assertThat(alert.details()).contains("... and 480 more.");
        });
    }

    @Test
    void theShopsHoldsEndingResolvesTheSameAlert() {
        alerts.ordersHeld(List.of(hold(Channel.TAOBAO, "1001", "3301000000000000001", "big")));
        alerts.shopHoldsEnded("TAOBAO", "1001");

        assertThat(posted.get(1).isResolved()).isTrue();
        assertThat(posted.get(1).fingerprint()).isEqualTo(posted.get(0).fingerprint());
    }
}
