package io.orderhub.report.entry.sku;

import io.orderhub.report.entry.SkuDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SKU master of one run: lookup by code and by barcode, and the closest existing codes for a code that does not
 * exist, through a {@link DeletionIndex} (never a comparison with every SKU). Codes are matched as entered (trimmed),
 * case-sensitively: {@code a1001} is not {@code A1001} in the ERP either, and is suggested as a one-edit neighbour.
 */
public final class SkuCatalogue {

    /**
     * Longer codes get no suggestions: a lookup makes every string reachable by deleting up to the maximum distance
     * characters (quadratic in the length at distance 2), and nobody mistypes a 10,000-character SKU code.
     */
    static final int MAX_LOOKUP_LENGTH = 64;

    private final Map<String, SkuDefinition> byCode;
    private final Map<String, SkuDefinition> byBarcode;
    private final NearCodeLookup index;

    public SkuCatalogue(List<SkuDefinition> skus, int maxDistance) {
        this(skus, codes -> new DeletionIndex(codes, maxDistance));
    }

    /** With another near-code lookup over the codes (the benchmark's pairwise reference). */
    public SkuCatalogue(List<SkuDefinition> skus, Function<List<String>, NearCodeLookup> lookup) {
        byCode = new HashMap<>(skus.size() * 2);
        byBarcode = new HashMap<>(skus.size() * 2);
        for (SkuDefinition sku : skus) {
            if (sku.code() == null || sku.code().isBlank()) {
                throw new IllegalArgumentException("SKU master: a row without a code (name " + sku.name() + ")");
            }
            if (byCode.putIfAbsent(sku.code(), sku) != null) {
                throw new IllegalArgumentException("SKU master: the code " + sku.code() + " appears twice");
            }
            if (sku.barcode() != null && !sku.barcode().isBlank()) {
                byBarcode.putIfAbsent(sku.barcode(), sku);
            }
        }
        index = lookup.apply(new ArrayList<>(byCode.keySet()));
    }

    public Optional<SkuDefinition> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<SkuDefinition> byBarcode(String barcode) {
        return Optional.ofNullable(byBarcode.get(barcode));
    }

    public int size() {
        return byCode.size();
    }

    public int maxDistance() {
        return index.maxDistance();
    }

    /**
     * The closest existing codes, best first: fewest edits, then the longest common prefix (codes are usually built
     * prefix-first: category, series, variant), then the category shared by most of the close codes with that
     * prefix, then the code. None for a code longer than {@value #MAX_LOOKUP_LENGTH} characters.
     */
    public List<String> closest(String code, int limit) {
        if (code.length() > MAX_LOOKUP_LENGTH) {
            return List.of();
        }
        List<CodeMatch> matches = index.near(code);
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> categoryVotes = new HashMap<>();
        int bestPrefix = matches.stream().mapToInt(m -> commonPrefix(code, m.code())).max().orElse(0);
        for (CodeMatch match : matches) {
            String category = byCode.get(match.code()).category();
            if (category != null && commonPrefix(code, match.code()) == bestPrefix) {
                categoryVotes.merge(category, 1, Integer::sum);
            }
        }
        String likelyCategory = categoryVotes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
        return matches.stream()
                .sorted(Comparator.comparingInt(CodeMatch::distance)
                        .thenComparing(m -> -commonPrefix(code, m.code()))
                        .thenComparing(m -> likelyCategory == null
                                || !likelyCategory.equals(byCode.get(m.code()).category()))
                        .thenComparing(CodeMatch::code))
                .limit(limit)
                .map(CodeMatch::code)
                .toList();
    }

    static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
