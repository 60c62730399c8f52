package io.orderhub.report.entry;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.erp.entries.EntryDataSet;
import io.orderhub.sandbox.erp.entries.EntryDataSetGenerator;
import io.orderhub.sandbox.erp.entries.ErpEntry;
import io.orderhub.sandbox.erp.entries.InjectedError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ground-truth contract every {@link EntryCheck} must meet (issue #17): on a generated ERP/WMS data set with
 * every {@link EntryFindingType} injected at a known rate, each injected error is found (recall 100 % per type, the
 * right type on the right entry) and no clean entry raises anything. An implementation plugs in with one subclass
 * that builds it from the data set's SKU master, order lines and day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EntryRecallContract {

    protected static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private EntryDataSet data;
    private Map<String, List<EntryFinding>> found;

    /** The check under test, built for this data set (its SKU master, its order lines, "today" = the day after). */
    protected abstract EntryCheck checkFor(EntryDataSet data);

    @BeforeAll
    void checkEveryGeneratedEntry() {
        data = new EntryDataSetGenerator(17L, DAY).generate(400, 6000, 0.01);
        EntryCheck check = checkFor(data);
        found = new HashMap<>();
        for (ErpEntry entry : data.entries()) {
            List<EntryFinding> findings = check.check(GeneratedEntries.toEntry(entry));
            if (!findings.isEmpty()) {
                found.put(entry.entryId(), findings);
            }
        }
    }

    @Test
    void everyFindingTypeIsInjectedAtLeastOnce() {
        Set<String> injectedTypes = new java.util.HashSet<>();
        data.injected().forEach(error -> injectedTypes.add(error.type()));
        for (EntryFindingType type : EntryFindingType.values()) {
            assertThat(injectedTypes).as("the generator injects " + type).contains(type.name());
        }
    }

    @Test
    void everyInjectedErrorIsFoundWithItsTypeRecallOneHundredPercentPerType() {
        Map<String, List<String>> missed = new TreeMap<>();
        for (InjectedError error : data.injected()) {
            boolean hit = found.getOrDefault(error.entryId(), List.of()).stream()
                    .anyMatch(finding -> finding.type().name().equals(error.type()));
            if (!hit) {
                missed.computeIfAbsent(error.type(), t -> new ArrayList<>()).add(error.entryId() + " " + error.field()
                        + "=" + error.entered());
            }
        }
        assertThat(missed).as("injected errors not found, per type").isEmpty();
    }

    @Test
    void cleanEntriesRaiseNothing() {
        Map<String, List<EntryFinding>> falseAlarms = new TreeMap<>();
        for (String id : data.cleanEntryIds()) {
            if (found.containsKey(id)) {
                falseAlarms.put(id, found.get(id));
            }
        }
        assertThat(falseAlarms).as("findings on clean entries").isEmpty();
    }
}
