package io.orderhub.report.entry.sku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.testing.MutableClock;
import io.orderhub.report.entry.SkuDefinition;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SkuCatalogueTest {

    static SkuDefinition sku(String code, String category) {
        return new SkuDefinition(code, null, "商品" + code, category, "件", Map.of("件", BigDecimal.ONE), null, null,
                false, null);
    }

    @Test
    void closestCodesComeFewestEditsFirstThenSamePrefixThenSameCategory() {
        SkuCatalogue catalogue = new SkuCatalogue(List.of(sku("A1001", "饮料"), sku("A1011", "零食"),
                sku("A1013", "饮料"), sku("A1014", "饮料"), sku("B1010", "饮料"), sku("A2001", "饮料"),
                sku("Z9999", "饮料")), 2);

        // For A1010 every one-edit code first (A1001 is one swap away), the longest shared prefix first, and among
        // the codes sharing "A101" the category most of them have (饮料); A2001 is two edits away.
        assertThat(catalogue.closest("A1010", 10))
                .containsExactly("A1013", "A1014", "A1011", "A1001", "B1010", "A2001");
        assertThat(catalogue.closest("A1010", 2)).containsExactly("A1013", "A1014");
        assertThat(catalogue.closest("QQQQQQ", 5)).isEmpty();
    }

    @Test
    void theSameSkusWithThePairwiseLookupShareTheRowsAndSuggestWhatTheIndexSuggests() {
        SkuCatalogue indexed = new SkuCatalogue(List.of(sku("A1001", "饮料"), sku("A1011", "饮料"),
                sku("A1013", "饮料"), sku("B1010", "饮料"), sku("Z9999", "饮料")), 2);

        SkuCatalogue pairwise = indexed.withNearCodes(codes -> new PairwiseNearCodes(codes, 2));

        assertThat(pairwise.byCode("A1013").orElseThrow()).isSameAs(indexed.byCode("A1013").orElseThrow());
        assertThat(pairwise.size()).isEqualTo(5);
        assertThat(pairwise.closest("A1010", 10)).isEqualTo(indexed.closest("A1010", 10))
                .containsExactly("A1011", "A1013", "A1001", "B1010");
    }

    @Test
    void aRebuildWithTheSameCodesKeepsThePreviousIndexAndOneWithANewCodeBuildsOneThatFindsIt() {
        SkuCatalogue previous = new SkuCatalogue(List.of(sku("A1001", "饮料"), sku("A1002", "饮料")), 2);

        SkuCatalogue sameCodes = new SkuCatalogue(List.of(sku("A1002", "零食"), sku("A1001", "饮料")), 2, previous);
        SkuCatalogue newCode = new SkuCatalogue(List.of(sku("A1001", "饮料"), sku("A1002", "饮料"),
                sku("A1003", "饮料")), 2, previous);

        assertThat(sameCodes.nearCodes()).isSameAs(previous.nearCodes());
        assertThat(sameCodes.closest("A1020", 5)).containsExactly("A1002", "A1001");
        assertThat(newCode.nearCodes()).isNotSameAs(previous.nearCodes());
        assertThat(newCode.closest("A1030", 5)).startsWith("A1003");
    }

    @Test
    void aCodeLongerThanAnySkuGetsNoSuggestionsAndCostsNoTime() {
        SkuCatalogue catalogue = new SkuCatalogue(List.of(sku("A1001", null)), 2);

        assertThat(catalogue.closest("A".repeat(100_000), 5)).isEmpty();
        assertThat(catalogue.closest("A1001" + "X".repeat(59), 5)).isEmpty();
    }

    @Test
    void aMissingOrFailingSourceMakesTheCatalogueUnavailable() {
        SkuCatalogues missing = new SkuCatalogues(() -> {
            throw new IllegalStateException("no SKU master source is configured");
        }, 2, Duration.ofMinutes(10), Clock.systemUTC(), Runnable::run);

        assertThatThrownBy(missing::current).isInstanceOf(SkuCatalogueUnavailableException.class)
                .hasMessageContaining("no SKU master source is configured");
    }

    @Test
    void aCatalogueOlderThanItsMaximumAgeIsRebuiltInTheBackgroundWhileRequestsKeepTheCurrentOne() {
        AtomicInteger loads = new AtomicInteger();
        MutableClock clock = new MutableClock(Instant.parse("2026-12-05T02:00:00Z"));
        List<Runnable> scheduled = new ArrayList<>();
        SkuCatalogues catalogues = new SkuCatalogues(() -> () -> {
            loads.incrementAndGet();
            return List.of(sku(loads.get() == 1 ? "A1001" : "A1002", null));
        }, 2, Duration.ofMinutes(10), clock, scheduled::add);

        SkuCatalogue first = catalogues.current();
        clock.advance(Duration.ofSeconds(300));
        assertThat(catalogues.current()).isSameAs(first);
        assertThat(scheduled).isEmpty();

        clock.advance(Duration.ofSeconds(301));
        assertThat(catalogues.current()).as("answered from the old one, not after a rebuild").isSameAs(first);
        assertThat(catalogues.current()).isSameAs(first);
        assertThat(scheduled).as("one rebuild, however many requests see the old one").hasSize(1);
        assertThat(loads).hasValue(1);

        scheduled.remove(0).run();
        assertThat(loads).hasValue(2);
        assertThat(catalogues.current().byCode("A1002")).isPresent();
        assertThat(scheduled).isEmpty();
    }

    @Test
    void aBackgroundRebuildKeepsTheCurrentInstanceOfEveryUnchangedSkuAndTakesTheChangedOnes() {
        AtomicInteger loads = new AtomicInteger();
        MutableClock clock = new MutableClock(Instant.parse("2026-12-05T02:00:00Z"));
        SkuCatalogues catalogues = new SkuCatalogues(() -> () -> List.of(sku("A1001", "饮料"),
                sku("A1002", loads.incrementAndGet() == 1 ? "饮料" : "零食")), 2, Duration.ofMinutes(10), clock,
                Runnable::run);
        SkuCatalogue first = catalogues.current();

        clock.advance(Duration.ofMinutes(11));
        catalogues.current();
        SkuCatalogue rebuilt = catalogues.current();

        assertThat(rebuilt).isNotSameAs(first);
        assertThat(rebuilt.byCode("A1001").orElseThrow()).isSameAs(first.byCode("A1001").orElseThrow());
        assertThat(rebuilt.byCode("A1002").orElseThrow().category()).isEqualTo("零食");
        assertThat(first.byCode("A1002").orElseThrow().category()).isEqualTo("饮料");
    }

    @Test
    void aFailedBackgroundRebuildKeepsTheCurrentCatalogueAndIsTriedAgainAfterAnotherMaximumAge() {
        AtomicInteger loads = new AtomicInteger();
        MutableClock clock = new MutableClock(Instant.parse("2026-12-05T02:00:00Z"));
        SkuCatalogues catalogues = new SkuCatalogues(() -> () -> {
            if (loads.incrementAndGet() > 1) {
                throw new IllegalStateException("ERP view unreadable");
            }
            return List.of(sku("A1001", null));
        }, 2, Duration.ofMinutes(10), clock, Runnable::run);
        SkuCatalogue first = catalogues.current();

        clock.advance(Duration.ofMinutes(11));
        assertThat(catalogues.current()).isSameAs(first);
        assertThat(loads).hasValue(2);
        clock.advance(Duration.ofMinutes(5));
        catalogues.current();
        assertThat(loads).as("not retried at every request").hasValue(2);
        clock.advance(Duration.ofMinutes(6));
        catalogues.current();
        assertThat(loads).hasValue(3);
    }

    @Test
    void theNightlyRefreshLetsThePreviousCatalogueGoBeforeBuildingAndAFailedOneIsBuiltAnewByTheNextRequest() {
        AtomicInteger loads = new AtomicInteger();
        List<Boolean> previousReachableWhileLoading = new ArrayList<>();
        SkuCatalogues[] holder = new SkuCatalogues[1];
        java.lang.ref.WeakReference<?>[] previous = new java.lang.ref.WeakReference<?>[1];
        holder[0] = new SkuCatalogues(() -> () -> {
            int load = loads.incrementAndGet();
            if (load == 2) {
                System.gc();
                previousReachableWhileLoading.add(previous[0].get() != null);
                throw new IllegalStateException("ERP view unreadable");
            }
            return List.of(sku("A100" + load, null));
        }, 2, Duration.ofMinutes(10), Clock.systemUTC(), Runnable::run);
        previous[0] = new java.lang.ref.WeakReference<>(holder[0].current());

        assertThatThrownBy(holder[0]::refresh).isInstanceOf(SkuCatalogueUnavailableException.class)
                .hasMessageContaining("ERP view unreadable");
        assertThat(previousReachableWhileLoading).as("the first catalogue was collectable during the rebuild")
                .containsExactly(false);
        assertThat(holder[0].current().byCode("A1003")).as("the next request builds anew").isPresent();
    }

    @Test
    void aCodeTwiceInTheMasterIsRefusedNamingIt() {
        assertThatThrownBy(() -> new SkuCatalogue(List.of(sku("A1001", null), sku("A1001", null)), 2))
                .hasMessageContaining("A1001 appears twice");
    }
}
