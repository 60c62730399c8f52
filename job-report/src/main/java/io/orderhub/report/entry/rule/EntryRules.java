package io.orderhub.report.entry.rule;

import io.orderhub.common.config.OmsCommonAutoConfiguration;
import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryCheck;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.SkuDefinition;
import io.orderhub.report.entry.sku.SkuCatalogue;
import io.orderhub.report.entry.sku.SkuCatalogues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entry rules, one implementation for the check API and the nightly report. {@link #checkAll} is the nightly
 * path: the order lines of a whole chunk of entries are read in one batch, never once per entry. "Today" is the
 * platform's day (GMT+8) whatever zone the clock is in.
 */
public class EntryRules implements EntryCheck {

    private final SkuCatalogues catalogues;
    private final OrderLineSkus orderLines;
    private final Set<String> outboundSources;
    private final Clock clock;
    private final FieldRules fieldRules;
    private final SkuCodeRule skuCode;
    private final List<EntryRule> skuRules;

    public EntryRules(EntryRulesProperties properties, SkuCatalogues catalogues, OrderLineSkus orderLines,
            Clock clock) {
        this.catalogues = catalogues;
        this.orderLines = orderLines;
        this.outboundSources = Set.copyOf(properties.outboundSources());
        this.clock = clock;
        this.fieldRules = new FieldRules(properties.fieldRules());
        this.skuCode = new SkuCodeRule(properties.maxSuggestions());
        this.skuRules = List.of(new SkuConfusionRule(), new UnitRule(),
                new UnitFactorRule(properties.weightUnits(), properties.weightFactors()), new BatchRule(),
                new DateRules(properties.expiryWarningDays(), properties.shelfLifeToleranceDays()),
                new QuantityConfirmationRule(properties.confirmationThreshold()));
    }

    @Override
    public List<EntryFinding> check(Entry entry) {
        return checkAll(List.of(entry)).get(0);
    }

    /** The findings of each entry, in the entries' order; the SKU catalogue is the current one. */
    @Override
    public List<List<EntryFinding>> checkAll(List<Entry> entries) {
        return checkAll(entries, catalogues.current());
    }

    /** The rules against a catalogue rebuilt now from the SKU master source (never one kept past its age). */
    @Override
    public EntryCheck refreshed() {
        SkuCatalogue catalogue = catalogues.refresh();
        return new EntryCheck() {
            @Override
            public List<EntryFinding> check(Entry entry) {
                return checkAll(List.of(entry)).get(0);
            }

            @Override
            public List<List<EntryFinding>> checkAll(List<Entry> entries) {
                return EntryRules.this.checkAll(entries, catalogue);
            }
        };
    }

    /** As {@link #checkAll(List)} against a given catalogue (the nightly run refreshes it once and passes it). */
    public List<List<EntryFinding>> checkAll(List<Entry> entries, SkuCatalogue catalogue) {
        LocalDate today = LocalDate.now(clock.withZone(OmsCommonAutoConfiguration.PLATFORM_ZONE));
        List<String> orderNos = entries.stream().filter(this::tiedToOrder).map(Entry::orderNo).toList();
        Map<String, Set<String>> linesByOrder = orderNos.isEmpty() ? Map.of() : orderLines.of(orderNos);
        List<List<EntryFinding>> all = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            List<EntryFinding> findings = new ArrayList<>(2);
            fieldRules.check(new CheckedEntry(entry, null, null, today), findings);
            SkuDefinition sku = skuCode.resolve(entry, catalogue, findings).orElse(null);
            Set<String> orderSkus = tiedToOrder(entry) ? linesByOrder.get(entry.orderNo()) : null;
            CheckedEntry checked = new CheckedEntry(entry, sku, orderSkus, today);
            for (EntryRule rule : skuRules) {
                rule.check(checked, findings);
            }
            all.add(List.copyOf(findings));
        }
        return all;
    }

    private boolean tiedToOrder(Entry entry) {
        return entry.orderNo() != null && !entry.orderNo().isBlank() && entry.source() != null
                && outboundSources.contains(entry.source());
    }
}
