package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.SkuDefinition;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One entry with what the rules need beside it: the SKU it names (when the code or barcode is known), the SKU codes
 * of its order's lines (outbound entries tied to an order; {@code null} otherwise or when the order is unknown), and
 * today's date in the platform zone (GMT+8).
 */
public record CheckedEntry(Entry entry, SkuDefinition sku, Set<String> orderSkus, LocalDate today) {

    public Optional<SkuDefinition> knownSku() {
        return Optional.ofNullable(sku);
    }
}
