package io.orderhub.report.entry.source;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One instance per distinct value while a SKU master is read: units, categories, unit-factor lists, typical
 * quantities and shelf lives repeat across thousands of SKUs, but a JDBC row gives each SKU its own copies. Measured
 * on the 200,000-SKU bench master: about 450 of the catalogue's 1,000 bytes a SKU were such copies (a
 * {@code 件=1;箱=12} map with its strings and {@code BigDecimal}s per SKU). Values are shared only when equal, so
 * nothing a rule reads changes; the instances are immutable. Lives for one read.
 */
final class SharedSkuValues {

    private final Map<Object, Object> values = new HashMap<>();
    private final Map<String, Map<String, BigDecimal>> unitFactors = new HashMap<>();

    String text(String value) {
        return shared(value);
    }

    BigDecimal number(BigDecimal value) {
        return shared(value);
    }

    Integer number(Integer value) {
        return shared(value);
    }

    /**
     * The parsed {@code unit_factors} text, one immutable map per distinct text ({@code SkuDefinition} keeps an
     * immutable map as given).
     *
     * @throws IllegalArgumentException naming the part that is wrong, as {@link UnitFactors#parse} does
     */
    Map<String, BigDecimal> unitFactors(String text) {
        Map<String, BigDecimal> known = unitFactors.get(text);
        if (known != null) {
            return known;
        }
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        UnitFactors.parse(text).forEach((unit, factor) -> parsed.put(text(unit), number(factor)));
        Map<String, BigDecimal> made = Map.copyOf(parsed);
        unitFactors.put(text, made);
        return made;
    }

    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        if (value == null) {
            return null;
        }
        Object known = values.putIfAbsent(value, value);
        return known == null ? value : (T) known;
    }
}
