package io.orderhub.sandbox.erp.entries;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A generated ERP/WMS data set: the SKU master, one day's entries, the order lines, and the injected errors. */
public record EntryDataSet(LocalDate day, List<ErpSku> skus, List<ErpEntry> entries, List<OrderLine> orderLines,
        List<InjectedError> injected) {

    public EntryDataSet {
        skus = List.copyOf(skus);
        entries = List.copyOf(entries);
        orderLines = List.copyOf(orderLines);
        injected = List.copyOf(injected);
    }

    /** Ids of the entries no error was injected into: the rules must raise nothing on them. */
    public Set<String> cleanEntryIds() {
        Set<String> wrong = injected.stream().map(InjectedError::entryId).collect(Collectors.toSet());
        return entries.stream().map(ErpEntry::entryId).filter(id -> !wrong.contains(id)).collect(Collectors.toSet());
    }
}
