package io.orderhub.report.entry;

import io.orderhub.report.entry.rule.EntryRules;
import io.orderhub.report.entry.rule.OrderLineSkus;
import io.orderhub.sandbox.erp.entries.EntryConventions;
import io.orderhub.sandbox.erp.entries.EntryDataSet;
import io.orderhub.sandbox.erp.entries.OrderLine;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recall contract run against the REAL {@link EntryRules}: the SKU master and the order lines are the generated
 * data set's, "today" is the day after the data set's day, and the field rules are configured the way the data set's
 * {@link EntryConventions} say (document number pattern and length, warehouses, sources). The clock is in UTC at
 * 16:30 of the data set's day, which is already the day after in GMT+8 (the platform's day the rules judge by).
 */
class EntryRulesRecallTest extends EntryRecallContract {

    @Override
    protected EntryCheck checkFor(EntryDataSet data) {
        Clock dayAfterInGmt8 = Clock.fixed(data.day().atTime(16, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        List<SkuDefinition> master = data.skus().stream().map(GeneratedEntries::toSku).toList();
        return ConventionEntryRules.over(() -> master, new DataSetOrderLines(data.orderLines()), dayAfterInGmt8);
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
