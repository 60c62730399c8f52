package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFindingType;
import io.orderhub.report.entry.SkuDefinition;
import io.orderhub.report.entry.sku.SkuCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the SKU an entry names, by code or by a scanned barcode (EAN-8/UPC-A/EAN-13/GTIN-14). A code that exists
 * nowhere is an unknown SKU with the closest existing codes as suggestions; a barcode whose check digit is wrong is
 * a check-digit failure with the corrected barcode (and its SKU, when the master knows it) as suggestions.
 */
final class SkuCodeRule {

    private final int maxSuggestions;

    SkuCodeRule(int maxSuggestions) {
        this.maxSuggestions = maxSuggestions;
    }

    Optional<SkuDefinition> resolve(Entry entry, SkuCatalogue catalogue, List<EntryFinding> findings) {
        if (entry.skuCode() == null || entry.skuCode().isBlank()) {
            return Optional.empty();
        }
        String code = entry.skuCode().trim();
        Optional<SkuDefinition> byCode = catalogue.byCode(code);
        if (byCode.isPresent()) {
            return byCode;
        }
        if (Gs1CheckDigit.isBarcodeShaped(code)) {
            if (!Gs1CheckDigit.valid(code)) {
                String corrected = Gs1CheckDigit.corrected(code);
                List<String> suggestions = new ArrayList<>(List.of(corrected));
                catalogue.byBarcode(corrected).ifPresent(sku -> suggestions.add(sku.code()));
                findings.add(Findings.error(entry, EntryFindingType.BARCODE_CHECK_DIGIT, EntryField.SKU_CODE,
                        suggestions, "skuCode " + code + " is a barcode with a wrong check digit (expected "
                                + Gs1CheckDigit.expected(code) + ")"));
                return Optional.empty();
            }
            Optional<SkuDefinition> byBarcode = catalogue.byBarcode(code);
            if (byBarcode.isPresent()) {
                return byBarcode;
            }
        }
        findings.add(Findings.error(entry, EntryFindingType.UNKNOWN_SKU, EntryField.SKU_CODE,
                catalogue.closest(code, maxSuggestions), "skuCode " + code + " is not in the SKU master"));
        return Optional.empty();
    }
}
