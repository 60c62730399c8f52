package io.orderhub.report.entry.rule;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The entry rules ({@code oms.entries.*}, docs/entry-rules.md). Validated when bound: a bad value refuses the
 * start-up with a message naming the key.
 *
 * @param confirmationThreshold a quantity above this needs the confirmed flag (a warning to confirm, not an error)
 * @param expiryWarningDays     an expiry within this many days of today is a warning to confirm
 * @param shelfLifeToleranceDays expiry may differ from production date + shelf life by this many days (some ERPs
 *                              count the production day as the first day of the shelf life)
 * @param maxSuggestions        suggestions per finding, best first
 * @param fuzzyMaxDistance      edits (with adjacent swaps) within which existing SKU codes are suggested, 1–3
 * @param outboundSources       the sources whose entries are checked against their order's lines (SKU confusion)
 * @param weightUnits           units of weight: their SKUs are also checked for quantities ×10/×1000 off
 * @param weightFactors         the slips checked on weights besides the SKU's own unit factors
 * @param catalogueMaxAge       the check API rebuilds the SKU catalogue when it is older than this
 * @param fieldRules            source (or {@code "*"} for every source) → field → rule; empty = the defaults
 *                              ({@code *}: skuCode required, at most 64 characters; quantity and unit required)
 * @param api                   the check API
 */
@ConfigurationProperties("oms.entries")
public record EntryRulesProperties(
        @DefaultValue("100") BigDecimal confirmationThreshold,
        @DefaultValue("30") int expiryWarningDays,
        @DefaultValue("1") int shelfLifeToleranceDays,
        @DefaultValue("5") int maxSuggestions,
        @DefaultValue("2") int fuzzyMaxDistance,
        @DefaultValue("outbound") List<String> outboundSources,
        @DefaultValue({"g", "克", "kg", "千克"}) List<String> weightUnits,
        @DefaultValue({"10", "1000"}) List<BigDecimal> weightFactors,
        @DefaultValue("10m") Duration catalogueMaxAge,
        Map<String, Map<String, FieldRule>> fieldRules,
        @DefaultValue Api api) {

    static final String PREFIX = "oms.entries.";
    public static final String ALL_SOURCES = "*";

    public EntryRulesProperties {
        require(confirmationThreshold != null && confirmationThreshold.signum() > 0, "confirmation-threshold",
                "must be a positive number (was " + confirmationThreshold + ")");
        require(expiryWarningDays >= 0, "expiry-warning-days", "must be 0 or more (was " + expiryWarningDays + ")");
        require(shelfLifeToleranceDays >= 0, "shelf-life-tolerance-days",
                "must be 0 or more (was " + shelfLifeToleranceDays + ")");
        require(maxSuggestions >= 1 && maxSuggestions <= 50, "max-suggestions",
                "must be between 1 and 50 (was " + maxSuggestions + ")");
        require(fuzzyMaxDistance >= 1 && fuzzyMaxDistance <= 3, "fuzzy-max-distance",
                "must be 1, 2 or 3 (was " + fuzzyMaxDistance + "; each step multiplies the index's size)");
        require(weightFactors.stream().allMatch(f -> f.compareTo(BigDecimal.ONE) > 0), "weight-factors",
                "must all be greater than 1 (was " + weightFactors + ")");
        require(catalogueMaxAge != null && !catalogueMaxAge.isNegative() && !catalogueMaxAge.isZero(),
                "catalogue-max-age", "must be a positive duration such as 10m (was " + catalogueMaxAge + ")");
        outboundSources = List.copyOf(outboundSources);
        weightUnits = List.copyOf(weightUnits);
        weightFactors = List.copyOf(weightFactors);
        fieldRules = fieldRules == null || fieldRules.isEmpty() ? defaultFieldRules() : copy(fieldRules);
        fieldRules.forEach((source, fields) -> fields.forEach((field, rule) -> validate(source, field, rule)));
    }

    private static void validate(String source, String field, FieldRule rule) {
        String key = "field-rules." + source + "." + field;
        require(EntryField.named(field).isPresent(), key, "is not a field of an entry (fields: "
                + java.util.Arrays.stream(EntryField.values()).map(EntryField::jsonName).toList() + ")");
        if (rule.maxLength() != null) {
            require(rule.maxLength() > 0, key + ".max-length", "must be positive (was " + rule.maxLength() + ")");
        }
        if (rule.pattern() != null) {
            try {
                Pattern.compile(rule.pattern());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(PREFIX + key + ".pattern is not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
        }
    }

    private static void require(boolean valid, String key, String reason) {
        if (!valid) {
            throw new IllegalArgumentException(PREFIX + key + " " + reason);
        }
    }

    private static Map<String, Map<String, FieldRule>> defaultFieldRules() {
        Map<String, FieldRule> fields = new LinkedHashMap<>();
        fields.put("skuCode", new FieldRule(true, 64, null, List.of()));
        fields.put("quantity", new FieldRule(true, null, null, List.of()));
        fields.put("unit", new FieldRule(true, null, null, List.of()));
        return Map.of(ALL_SOURCES, Map.copyOf(fields));
    }

    private static Map<String, Map<String, FieldRule>> copy(Map<String, Map<String, FieldRule>> rules) {
        Map<String, Map<String, FieldRule>> copy = new LinkedHashMap<>();
        rules.forEach((source, fields) -> copy.put(source, Map.copyOf(fields)));
        return Map.copyOf(copy);
    }

    /**
     * A field rule of one source.
     *
     * @param required  empty (or only blanks) is an error
     * @param maxLength at most this many characters (Unicode code points), or {@code null}
     * @param pattern   the whole value must match this regular expression, or {@code null}
     * @param allowed   the value must be one of these, or empty for any
     */
    public record FieldRule(boolean required, Integer maxLength, String pattern, List<String> allowed) {

        public FieldRule {
            allowed = allowed == null ? List.of() : List.copyOf(allowed);
        }
    }

    /**
     * The check API ({@code POST /entries/check}) on job-report's HTTP port.
     *
     * @param enabled     opt-in
     * @param bearerToken reference ({@code env:NAME}) to the token callers send as {@code Authorization: Bearer …}
     * @param maxBatch    entries in one request at most
     */
    public record Api(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("env:OMS_SECRET_ENTRIES_API_TOKEN") String bearerToken,
            @DefaultValue("1000") int maxBatch) {

        public static final String BEARER_TOKEN = PREFIX + "api.bearer-token";

        public Api {
            require(maxBatch >= 1 && maxBatch <= 10_000, "api.max-batch",
                    "must be between 1 and 10000 (was " + maxBatch + ")");
        }
    }
}
