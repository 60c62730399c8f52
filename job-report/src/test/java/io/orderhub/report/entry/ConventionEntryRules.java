package io.orderhub.report.entry;

import io.orderhub.report.entry.rule.EntryRules;
import io.orderhub.report.entry.rule.EntryRulesProperties;
import io.orderhub.report.entry.rule.EntryRulesProperties.FieldRule;
import io.orderhub.report.entry.rule.OrderLineSkus;
import io.orderhub.report.entry.sku.SkuCatalogues;
import io.orderhub.sandbox.erp.entries.EntryConventions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real {@link EntryRules} configured the way a generated data set's {@link EntryConventions} say: the seed
 * defaults (confirmation above 100, 30 days' expiry warning, …) plus the field rules every source follows (document
 * number pattern and length, the warehouses, the sources), over the given SKU master, order lines and clock.
 */
public final class ConventionEntryRules {

    private ConventionEntryRules() {
    }

    public static EntryRules over(SkuMasterSource master, OrderLineSkus orderLines, Clock clock) {
        EntryRulesProperties properties = properties();
        SkuCatalogues catalogues = new SkuCatalogues(() -> master, properties.fuzzyMaxDistance(),
                properties.catalogueMaxAge(), clock, Runnable::run);
        return new EntryRules(properties, catalogues, orderLines, clock);
    }

    static EntryRulesProperties properties() {
        Map<String, FieldRule> fields = new LinkedHashMap<>();
        fields.put("skuCode", new FieldRule(true, 64, null, List.of()));
        fields.put("quantity", new FieldRule(true, null, null, List.of()));
        fields.put("unit", new FieldRule(true, null, null, List.of()));
        fields.put("documentNo", new FieldRule(true, EntryConventions.DOCUMENT_NO_MAX_LENGTH,
                EntryConventions.DOCUMENT_NO_PATTERN, List.of()));
        fields.put("warehouse", new FieldRule(false, null, null, EntryConventions.WAREHOUSES));
        fields.put("source", new FieldRule(true, null, null, EntryConventions.SOURCES));
        return new EntryRulesProperties(BigDecimal.valueOf(EntryConventions.CONFIRM_ABOVE), 30, 1, 5, 2,
                List.of("outbound"), List.of("g", "克", "kg", "千克"), List.of(BigDecimal.TEN, BigDecimal.valueOf(1000)),
                Duration.ofMinutes(10), Map.of(EntryRulesProperties.ALL_SOURCES, fields),
                new EntryRulesProperties.Api(false, "env:OMS_SECRET_ENTRIES_API_TOKEN", 1000));
    }
}
