package io.orderhub.report.entry.source;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text form of a SKU's allowed units: {@code 件=1;箱=12} or {@code g=1;kg=1000} (unit, '=', how many base units
 * one of it is; ';' between). One format for the SKU master column, the intake files and our {@code entry_sku} table.
 */
public final class UnitFactors {

    private UnitFactors() {
    }

    /** @throws IllegalArgumentException naming the part that is wrong */
    public static Map<String, BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty (expected e.g. 件=1;箱=12)");
        }
        Map<String, BigDecimal> factors = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2 || pair[0].isBlank()) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not unit=factor");
            }
            BigDecimal factor;
            try {
                factor = new BigDecimal(pair[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the factor of " + pair[0].trim() + " is not a number");
            }
            if (factor.signum() <= 0) {
                throw new IllegalArgumentException("the factor of " + pair[0].trim() + " must be positive");
            }
            factors.put(pair[0].trim(), factor);
        }
        return factors;
    }

    /** Smallest factor first (the base unit), then by unit name: the same text whatever the map's order. */
    public static String format(Map<String, BigDecimal> factors) {
        return factors.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(";"));
    }
}
