package io.orderhub.sync.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.quarantine.QuarantineReason;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonFieldsTest {

    private static JsonFields fields(String json) {
        return new JsonFields(JsonMapper.builder().build().readTree(json), "trade");
    }

    @Test
    void readsPlatformWallClockTimeIgnoringAFractionAfterTheSeconds() {
        JsonFields trade = fields("{\"a\":\"2026-11-11 00:00:01\",\"b\":\" 2026-02-28 23:59:59.0 \"}");

        assertThat(trade.dateTime("a", false)).isEqualTo(LocalDateTime.of(2026, 11, 11, 0, 0, 1));
        assertThat(trade.dateTime("b", false)).isEqualTo(LocalDateTime.of(2026, 2, 28, 23, 59, 59));
    }

    @Test
    void rejectsTimesThatAreNotRealOrNotInThePlatformShape() {
        for (String bad : new String[] {"2026-02-30 10:00:00", "2026-11-11 24:00:00", "2026-11-11T10:00:00",
                "2026/11/11 10:00:00", "2026-11-11 10:00", "2026-1a-11 10:00:00", "1700000000"}) {
            JsonFields trade = fields("{\"modified\":\"" + bad + "\"}");
            assertThatThrownBy(() -> trade.dateTime("modified", false))
                    .isInstanceOfSatisfying(MappingFailure.class, failure -> {
                        assertThat(failure.reason()).isEqualTo(QuarantineReason.INVALID_FIELD);
                        assertThat(failure.field()).isEqualTo("trade.modified");
                        assertThat(failure.getMessage()).contains(bad);
                    });
        }
    }

    @Test
    void emptyStringNullAndAbsentAllMeanNoValue() {
        JsonFields trade = fields("{\"empty\":\"\",\"nothing\":null}");

        assertThat(trade.textOrNull("empty")).isNull();
        assertThat(trade.textOrNull("nothing")).isNull();
        assertThat(trade.dateTime("absent", true)).isNull();
        assertThatThrownBy(() -> trade.text("empty")).isInstanceOfSatisfying(MappingFailure.class,
                failure -> assertThat(failure.reason()).isEqualTo(QuarantineReason.MISSING_FIELD));
    }

    @Test
    void failureInsideNestedArraysNamesTheFullPath() {
        JsonFields trade = fields("{\"orders\":{\"order\":[{\"num\":1},{\"num\":2,\"sku\":{\"price\":\"x\"}}]}}");

        JsonFields second = trade.object("orders").array("order").get(1);

        assertThatThrownBy(() -> second.object("sku").yuan("price", false))
                .isInstanceOfSatisfying(MappingFailure.class,
                        failure -> assertThat(failure.field()).isEqualTo("trade.orders.order[1].sku.price"));
        assertThat(second.where("num")).isEqualTo("trade.orders.order[1].num");
    }
}
