package io.orderhub.report.entry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EntryJsonTest {

    final EntryJson json = new EntryJson(3);

    @Test
    void readsOneEntryWithChineseUnits() {
        EntryJson.Request request = json.read("""
                {"entryId":"R-1","source":"receiving","operator":"李娜","skuCode":"A1001","quantity":12.5,
                 "unit":"千克","productionDate":"2026-12-01","expiryDate":null,"confirmed":true}""");

        assertThat(request.batch()).isFalse();
        assertThat(request.entries()).singleElement().satisfies(e -> {
            assertThat(e.operator()).isEqualTo("李娜");
            assertThat(e.quantity()).isEqualByComparingTo(new BigDecimal("12.5"));
            assertThat(e.unit()).isEqualTo("千克");
            assertThat(e.productionDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(e.expiryDate()).isNull();
            assertThat(e.confirmed()).isTrue();
        });
    }

    @Test
    void aWrongTypeIsRefusedNamingTheFieldInTheBatch() {
        assertThatThrownBy(() -> json.read("{\"entries\":[{\"skuCode\":\"A1\"},{\"quantity\":\"12\"}]}"))
                .isInstanceOfSatisfying(EntryRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("entries[1].quantity"))
                .hasMessageContaining("expected a number");
        assertThatThrownBy(() -> json.read("{\"confirmed\":\"yes\"}"))
                .hasMessage("confirmed: expected true or false (was STRING)");
        assertThatThrownBy(() -> json.read("{\"expiryDate\":\"2026/12/01\"}"))
                .hasMessageContaining("expiryDate: expected a date");
    }

    @Test
    void aQuantityTooLargeOrTooFineToBeRealIsRefused() {
        assertThatThrownBy(() -> json.read("{\"quantity\":1e999999999}"))
                .hasMessageStartingWith("quantity: out of range");
        assertThatThrownBy(() -> json.read("{\"quantity\":1e-999999999}"))
                .hasMessageStartingWith("quantity: out of range");
        assertThat(json.read("{\"quantity\":999999999999.5}").entries().get(0).quantity())
                .isEqualByComparingTo("999999999999.5");
    }

    @Test
    void anUnknownFieldIsRefusedSoATypoDoesNotSkipARule() {
        assertThatThrownBy(() -> json.read("{\"skucode\":\"A1001\"}"))
                .isInstanceOfSatisfying(EntryRequestException.class, e -> assertThat(e.field()).isEqualTo("skucode"));
    }

    @Test
    void brokenJsonAndOversizedBatchesAreRefused() {
        assertThatThrownBy(() -> json.read("{\"skuCode\":")).hasMessageStartingWith("(body): not valid JSON");
        assertThatThrownBy(() -> json.read("[1,2]")).hasMessageStartingWith("(body): expected a JSON object");
        assertThatThrownBy(() -> json.read("{\"entries\":[{},{},{},{}]}"))
                .hasMessageContaining("entries: has 4 entries, at most 3");
        assertThatThrownBy(() -> json.read("{\"entries\":{}}")).hasMessageContaining("entries: expected a JSON array");
        assertThatThrownBy(() -> json.read("{\"entries\":[]}")).hasMessageContaining("entries: is empty");
        assertThatThrownBy(() -> json.read("{\"skuCode\":\"A\",\"skuCode\":\"B\"}"))
                .hasMessageStartingWith("(body): not valid JSON");
    }
}
