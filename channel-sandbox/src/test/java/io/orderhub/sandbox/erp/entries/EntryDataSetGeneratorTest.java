package io.orderhub.sandbox.erp.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntryDataSetGeneratorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void ean13CheckDigitFollowsGs1() {
        assertThat(Ean13.checkDigit("400638133393")).isEqualTo(1);
        assertThat(Ean13.valid("4006381333931")).isTrue();
        assertThat(Ean13.valid("4006381333932")).isFalse();
    }

    @Test
    void everySkuHasAValidBarcodeAndItsBaseUnitAmongItsUnits() {
        EntryDataSet data = new EntryDataSetGenerator(1L, DAY).generate(200, 500, 0.01);

        assertThat(data.skus()).allSatisfy(sku -> {
            assertThat(Ean13.valid(sku.barcode())).as(sku.code()).isTrue();
            assertThat(sku.unitFactors()).containsKey(sku.baseUnit());
            assertThat(sku.batchManaged()).isEqualTo(sku.shelfLifeDays() != null);
        });
        assertThat(data.skus()).anyMatch(sku -> sku.unitFactors().containsKey("箱"))
                .anyMatch(sku -> sku.unitFactors().containsKey("kg"));
    }

    @Test
    void everyTypeIsInjectedAndTheRateIsNearTheOneAskedFor() {
        EntryDataSet data = new EntryDataSetGenerator(2L, DAY).generate(400, 20_000, 0.01);

        Map<String, Long> byType = data.injected().stream()
                .collect(Collectors.groupingBy(InjectedError::type, Collectors.counting()));
        assertThat(byType.keySet()).containsExactlyInAnyOrderElementsOf(EntryDataSetGenerator.TYPES);
        assertThat(byType.values()).allSatisfy(n -> assertThat(n).isBetween(120L, 290L));
        assertThat(data.cleanEntryIds()).hasSize(20_000 - data.injected().size());
    }

    @Test
    void skuConfusionIsAKnownSkuOneEditFromTheOrderLine() {
        EntryDataSet data = new EntryDataSetGenerator(3L, DAY).generate(400, 5000, 0.01);
        Set<String> codes = data.skus().stream().map(ErpSku::code).collect(Collectors.toSet());
        Map<String, ErpEntry> entries = data.entries().stream()
                .collect(Collectors.toMap(ErpEntry::entryId, Function.identity()));
        Map<String, String> lineSku = data.orderLines().stream()
                .collect(Collectors.toMap(OrderLine::orderNo, OrderLine::skuCode));

        assertThat(data.injected()).filteredOn(e -> e.type().equals("SKU_CONFUSION")).isNotEmpty().allSatisfy(e -> {
            ErpEntry entry = entries.get(e.entryId());
            assertThat(codes).contains(entry.skuCode());
            assertThat(lineSku.get(entry.orderNo())).isNotEqualTo(entry.skuCode()).isEqualTo(e.meant());
        });
    }

    @Test
    void warningsToConfirmAreInjectedOnUnconfirmedEntriesOnly() {
        EntryDataSet data = new EntryDataSetGenerator(6L, DAY).generate(400, 5000, 0.01);
        Map<String, ErpEntry> entries = data.entries().stream()
                .collect(Collectors.toMap(ErpEntry::entryId, Function.identity()));

        assertThat(data.injected()).filteredOn(e -> Set.of("EXPIRY_SOON", "QUANTITY_UNCONFIRMED").contains(e.type()))
                .isNotEmpty().allSatisfy(e -> assertThat(entries.get(e.entryId()).confirmed()).as(e.entryId())
                        .isFalse());
    }

    @Test
    void theSameSeedGivesTheSameDataSet() {
        assertThat(new EntryDataSetGenerator(4L, DAY).generate(50, 300, 0.01))
                .isEqualTo(new EntryDataSetGenerator(4L, DAY).generate(50, 300, 0.01));
    }
}
