package io.orderhub.report.entry;

import io.orderhub.report.entry.rule.EntryRules;
import io.orderhub.report.entry.rule.EntryRulesProperties;
import io.orderhub.report.entry.rule.EntryRulesProperties.FieldRule;
import io.orderhub.report.entry.rule.OrderLineSkus;
import io.orderhub.report.entry.sku.SkuCatalogues;
import io.orderhub.sandbox.erp.entries.EntryConventions;
import io.orderhub.sandbox.erp.entries.EntryDataSet;
import io.orderhub.sandbox.erp.entries.OrderLine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recall contract run against the REAL {@link EntryRules}: the SKU master and the order lines are the generated
 * data set's, "today" is the day after the data set's day, and the field rules are configured the way the data set's
 * {@link EntryConventions} say (document number pattern and length, warehouses, sources).
 */
class EntryRulesRecallTest extends EntryRecallContract {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Override
    protected EntryCheck checkFor(EntryDataSet data) {
        Clock dayAfter = Clock.fixed(data.day().plusDays(1).atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        List<SkuDefinition> master = data.skus().stream().map(GeneratedEntries::toSku).toList();
        SkuMasterSource source = () -> master;
        EntryRulesProperties properties = seedProperties();
        SkuCatalogues catalogues = new SkuCatalogues(() -> source, properties.fuzzyMaxDistance(),
                properties.catalogueMaxAge(), dayAfter);
        return new EntryRules(properties, catalogues, new DataSetOrderLines(data.orderLines()), dayAfter);
    }

    /** The seed defaults, with the field rules the data set's conventions describe. */
    private static EntryRulesProperties seedProperties() {
        Map<String, FieldRule> fields = new HashMap<>();
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

    /** The data set's order lines, as the rules ask for them: many orders at once. */
    private record DataSetOrderLines(Map<String, Set<String>> byOrder) implements OrderLineSkus {

        DataSetOrderLines(List<OrderLine> lines) {
            this(index(lines));
        }

        private static Map<String, Set<String>> index(List<OrderLine> lines) {
            Map<String, Set<String>> byOrder = new HashMap<>();
            lines.forEach(line -> byOrder.computeIfAbsent(line.orderNo(), o -> new HashSet<>()).add(line.skuCode()));
            return byOrder;
        }

        @Override
        public Map<String, Set<String>> of(Collection<String> orderNos) {
            Map<String, Set<String>> found = new HashMap<>();
            orderNos.forEach(orderNo -> {
                Set<String> skus = byOrder.get(orderNo);
                if (skus != null) {
                    found.put(orderNo, skus);
                }
            });
            return found;
        }
    }
}
