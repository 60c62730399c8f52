package io.orderhub.report.entry.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFinding.Severity;
import io.orderhub.report.entry.EntryFindingType;
import io.orderhub.report.entry.SkuDefinition;
import io.orderhub.report.entry.rule.EntryRulesProperties.FieldRule;
import io.orderhub.report.entry.sku.SkuCatalogues;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntryRulesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-12-05 10:00 in Shanghai. */
    static final Clock MORNING = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), SHANGHAI);

    static final List<SkuDefinition> MASTER = List.of(
            new SkuDefinition("A1001", "6901234567892", "可口可乐 330ml", "饮料", "件",
                    Map.of("件", BigDecimal.ONE, "箱", BigDecimal.valueOf(12)), BigDecimal.ONE, BigDecimal.valueOf(60),
                    false, null),
            new SkuDefinition("A1010", null, "雪碧 330ml", "饮料", "件", Map.of("件", BigDecimal.ONE), null, null,
                    false, null),
            new SkuDefinition("M2001", null, "蒙牛纯牛奶 250ml", "乳品", "件",
                    Map.of("件", BigDecimal.ONE, "箱", BigDecimal.valueOf(24)), null, null, true, 180),
            new SkuDefinition("W3001", null, "五常大米 散装", "粮油", "g",
                    Map.of("g", BigDecimal.ONE, "kg", BigDecimal.valueOf(1000), "千克", BigDecimal.valueOf(1000)),
                    BigDecimal.valueOf(100), BigDecimal.valueOf(1000), false, null));

    final CountingOrderLines orderLines = new CountingOrderLines(Map.of("SO-1", Set.of("A1001", "W3001")));

    EntryRules rules(Clock clock, Map<String, Map<String, FieldRule>> fieldRules) {
        return new EntryRules(properties(fieldRules), new SkuCatalogues(() -> () -> MASTER, 2, Duration.ofMinutes(10),
                clock, Runnable::run), orderLines, clock);
    }

    static EntryRulesProperties properties(Map<String, Map<String, FieldRule>> fieldRules) {
        return new EntryRulesProperties(BigDecimal.valueOf(100), 30, 1, 5, 2, List.of("outbound"),
                List.of("g", "克", "kg", "千克"), List.of(BigDecimal.TEN, BigDecimal.valueOf(1000)),
                Duration.ofMinutes(10), fieldRules, new EntryRulesProperties.Api(false, "env:X", 1000));
    }

    List<EntryFinding> check(EntryDraft draft) {
        return rules(MORNING, null).check(draft.entry());
    }

    @Test
    void theNightlyCheckReadsTheSkuMasterAfreshEvenWhenTheApisCatalogueIsNotYetOld() {
        List<SkuDefinition> master = new ArrayList<>(MASTER);
        EntryRules rules = new EntryRules(properties(null), new SkuCatalogues(() -> () -> List.copyOf(master), 2,
                Duration.ofMinutes(10), MORNING, Runnable::run), orderLines, MORNING);
        Entry newSku = EntryDraft.of("B2001", "5", "件").entry();
        assertThat(rules.check(newSku)).extracting(EntryFinding::type).containsExactly(EntryFindingType.UNKNOWN_SKU);

        master.add(new SkuDefinition("B2001", null, "农夫山泉 550ml", "饮料", "件", Map.of("件", BigDecimal.ONE), null,
                null, false, null));

        assertThat(rules.refreshed().check(newSku)).isEmpty();
    }

    @Test
    void aCleanEntryHasNoFindings() {
        assertThat(check(EntryDraft.of("A1001", "5", "件"))).isEmpty();
        assertThat(check(EntryDraft.of("M2001", "2", "箱").batch("B20261201", "2026-12-01", "2027-05-30"))).isEmpty();
    }

    @Test
    void unknownSkuSuggestsTheClosestCodes() {
        List<EntryFinding> findings = check(EntryDraft.of("A1002", "5", "件"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EntryFindingType.UNKNOWN_SKU);
            assertThat(f.field()).isEqualTo("skuCode");
            assertThat(f.enteredValue()).isEqualTo("A1002");
            assertThat(f.suggestions()).containsExactly("A1001", "A1010");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void barcodeWithAWrongCheckDigitSuggestsTheCorrectedBarcodeAndItsSku() {
        List<EntryFinding> findings = check(EntryDraft.of("6901234567893", "5", "件"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EntryFindingType.BARCODE_CHECK_DIGIT);
            assertThat(f.suggestions()).containsExactly("6901234567892", "A1001");
        });
    }

    @Test
    void aScannedBarcodeNamesItsSku() {
        assertThat(check(EntryDraft.of("6901234567892", "5", "件"))).isEmpty();
        // A valid UPC-A the master does not know is an unknown SKU, not a check-digit failure.
        assertThat(check(EntryDraft.of("036000291452", "5", "件"))).extracting(EntryFinding::type)
                .containsExactly(EntryFindingType.UNKNOWN_SKU);
    }

    @Test
    void outboundOfAKnownNeighbourOfAnOrderedSkuIsAConfusion() {
        List<EntryFinding> findings = check(EntryDraft.of("A1010", "5", "件").outboundOf("SO-1"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EntryFindingType.SKU_CONFUSION);
            assertThat(f.suggestions()).containsExactly("A1001");
        });
        assertThat(check(EntryDraft.of("A1001", "5", "件").outboundOf("SO-1"))).isEmpty();
        assertThat(check(EntryDraft.of("A1010", "5", "件"))).as("receiving has no order").isEmpty();
        assertThat(check(EntryDraft.of("A1010", "5", "件").outboundOf("SO-UNKNOWN"))).isEmpty();
    }

    @Test
    void aUnitTheSkuDoesNotAllowSuggestsTheAllowedOnes() {
        List<EntryFinding> findings = check(EntryDraft.of("A1010", "1", "箱"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EntryFindingType.UNIT_NOT_ALLOWED);
            assertThat(f.field()).isEqualTo("unit");
            assertThat(f.enteredValue()).isEqualTo("箱");
            assertThat(f.suggestions()).containsExactly("件");
        });
    }

    @Test
    void twelveBoxesWhereTwelvePiecesWereMeantIsAFactorMistake() {
        List<EntryFinding> findings = check(EntryDraft.of("A1001", "12", "箱"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EntryFindingType.UNIT_FACTOR_MISTAKE);
            assertThat(f.field()).isEqualTo("quantity");
            assertThat(f.suggestions()).contains("12 件", "1 箱");
        });
        assertThat(check(EntryDraft.of("A1001", "12", "件"))).isEmpty();
    }

    @Test
    void weightsOffByTenOrAThousandAreFactorMistakes() {
        assertThat(check(EntryDraft.of("W3001", "5", "kg"))).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EntryFindingType.UNIT_FACTOR_MISTAKE);
            assertThat(f.suggestions()).contains("500 g");
        });
        assertThat(check(EntryDraft.of("W3001", "5", "千克"))).singleElement()
                .satisfies(f -> assertThat(f.suggestions()).contains("500 g"));
        assertThat(check(EntryDraft.of("W3001", "0.3", "g"))).singleElement()
                .satisfies(f -> assertThat(f.suggestions()).contains("300 g"));
        assertThat(check(EntryDraft.of("W3001", "0.5", "kg"))).isEmpty();
        assertThat(check(EntryDraft.of("W3001", "800", "g").confirmed())).isEmpty();
    }

    @Test
    void aBatchManagedSkuNeedsBatchProductionAndExpiry() {
        assertThat(check(EntryDraft.of("M2001", "2", "箱"))).extracting(EntryFinding::type, EntryFinding::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EntryFindingType.BATCH_MISSING, "batchNo"),
                        org.assertj.core.groups.Tuple.tuple(EntryFindingType.PRODUCTION_DATE_MISSING, "productionDate"),
                        org.assertj.core.groups.Tuple.tuple(EntryFindingType.EXPIRY_MISSING, "expiryDate"));
    }

    @Test
    void expiredIsAnErrorAndSoonIsAWarningToConfirm() {
        List<EntryFinding> expired = check(EntryDraft.of("M2001", "2", "箱")
                .batch("B1", "2026-06-01", "2026-11-28"));
        assertThat(expired).extracting(EntryFinding::type).containsExactly(EntryFindingType.EXPIRED);

        List<EntryFinding> soon = check(EntryDraft.of("M2001", "2", "箱").batch("B1", "2026-06-20", "2026-12-17"));
        assertThat(soon).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EntryFindingType.EXPIRY_SOON);
            assertThat(f.severity()).isEqualTo(Severity.CONFIRM);
            assertThat(f.enteredValue()).isEqualTo("2026-12-17");
        });
        assertThat(check(EntryDraft.of("M2001", "2", "箱").batch("B1", "2026-06-20", "2026-12-17").confirmed()))
                .isEmpty();
    }

    @Test
    void productionAfterTodayInShanghaiIsInTheFuture() {
        assertThat(check(EntryDraft.of("M2001", "2", "箱").batch("B1", "2026-12-06", "2027-06-04")))
                .extracting(EntryFinding::type).containsExactly(EntryFindingType.PRODUCTION_DATE_IN_FUTURE);
        // 17:00 UTC on the 5th is already the 6th in Shanghai: production on the 6th is today, not the future.
        Clock lateUtc = Clock.fixed(Instant.parse("2026-12-05T17:00:00Z"), ZoneId.of("UTC"));
        assertThat(rules(lateUtc, null).check(EntryDraft.of("M2001", "2", "箱")
                .batch("B1", "2026-12-06", "2027-06-04").entry())).isEmpty();
    }

    @Test
    void expiryThatIsNotProductionPlusShelfLifeSuggestsTheRightDate() {
        List<EntryFinding> findings = check(EntryDraft.of("M2001", "2", "箱").batch("B1", "2026-12-01", "2027-12-01"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EntryFindingType.EXPIRY_NOT_SHELF_LIFE);
            assertThat(f.suggestions()).containsExactly("2027-05-30");
        });
        assertThat(check(EntryDraft.of("M2001", "2", "箱").batch("B1", "2026-12-01", "2027-05-29")))
                .as("one day off is within the tolerance").isEmpty();
    }

    @Test
    void aQuantityAboveTheThresholdNeedsConfirmation() {
        List<EntryFinding> findings = check(EntryDraft.of("A1010", "150", "件"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EntryFindingType.QUANTITY_UNCONFIRMED);
            assertThat(f.severity()).isEqualTo(Severity.CONFIRM);
            assertThat(f.enteredValue()).isEqualTo("150");
        });
        assertThat(check(EntryDraft.of("A1010", "150", "件").confirmed())).isEmpty();
        assertThat(check(EntryDraft.of("A1010", "100", "件"))).isEmpty();
    }

    @Test
    void fieldRulesApplyPerSourceOnTopOfTheRulesForEverySource() {
        Map<String, Map<String, FieldRule>> fieldRules = Map.of(
                "*", Map.of("sku-code", new FieldRule(true, 64, null, List.of())),
                "receiving", Map.of(
                        "warehouse", new FieldRule(true, null, null, List.of("一号仓", "二号仓")),
                        "operator", new FieldRule(false, 4, null, List.of()),
                        "batchNo", new FieldRule(false, null, "B\\d{8}", List.of())));
        EntryRules rules = rules(MORNING, fieldRules);

        List<EntryFinding> findings = rules.check(EntryDraft.of("A1001", "5", "件").operator("欧阳小明同学")
                .warehouse("三号仓").batch("X1", null, null).entry());
        assertThat(findings).extracting(EntryFinding::type, EntryFinding::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(EntryFindingType.FIELD_TOO_LONG, "operator"),
                org.assertj.core.groups.Tuple.tuple(EntryFindingType.FIELD_NOT_ALLOWED, "warehouse"),
                org.assertj.core.groups.Tuple.tuple(EntryFindingType.FIELD_PATTERN, "batchNo"));
        assertThat(rules.check(EntryDraft.of("A1001", "5", "件").entry())).extracting(EntryFinding::type)
                .containsExactly(EntryFindingType.FIELD_REQUIRED);
        assertThat(rules.check(EntryDraft.of("A1001", "5", "件").source("return").entry())).isEmpty();
        assertThat(rules.check(EntryDraft.of(" ", "5", "件").source("return").entry())).singleElement()
                .satisfies(f -> assertThat(f.field()).isEqualTo("skuCode"));
    }

    @Test
    void aBatchOfEntriesReadsItsOrdersLinesOnce() {
        List<io.orderhub.report.entry.Entry> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(EntryDraft.of(i % 2 == 0 ? "A1001" : "A1010", "5", "件").outboundOf("SO-1").entry());
        }

        List<List<EntryFinding>> findings = rules(MORNING, null).checkAll(batch);

        assertThat(orderLines.calls).isEqualTo(1);
        assertThat(findings).hasSize(50);
        assertThat(findings.get(1)).extracting(EntryFinding::type).containsExactly(EntryFindingType.SKU_CONFUSION);
        assertThat(findings.get(0)).isEmpty();
    }

    static final class CountingOrderLines implements OrderLineSkus {

        final Map<String, Set<String>> lines;
        int calls;

        CountingOrderLines(Map<String, Set<String>> lines) {
            this.lines = lines;
        }

        @Override
        public Map<String, Set<String>> of(Collection<String> orderNos) {
            calls++;
            Map<String, Set<String>> found = new java.util.HashMap<>();
            orderNos.stream().filter(lines::containsKey).forEach(no -> found.put(no, lines.get(no)));
            return found;
        }
    }
}
