package io.orderhub.report.entry.sku;

import io.orderhub.report.entry.SkuDefinition;
import java.util.AbstractList;
import java.util.Arrays;
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

    private static final Comparator<SkuDefinition> BY_CODE = Comparator.comparing(SkuDefinition::code);
    private static final Comparator<SkuDefinition> BY_BARCODE = Comparator.comparing(SkuDefinition::barcode);

    /**
     * Every SKU sorted by code, and those with a barcode sorted by barcode, both looked up by binary search: two
     * arrays of references (8 bytes a SKU) where two hash maps took about 90 (a node each, and their tables); with
     * the {@link DeletionIndex} that is most of what a catalogue holds beyond the rows themselves.
     */
    private final SkuDefinition[] byCode;
    private final SkuDefinition[] byBarcode;
    private final NearCodeLookup index;

    public SkuCatalogue(List<SkuDefinition> skus, int maxDistance) {
        this(skus, maxDistance, null);
    }

    /**
     * A rebuild of {@code previous}: when the codes are the same as its codes, its deletion index (about half a
     * catalogue's heap, and most of its build time) serves this catalogue too; otherwise one is built.
     */
    public SkuCatalogue(List<SkuDefinition> skus, int maxDistance, SkuCatalogue previous) {
        byCode = skus.toArray(SkuDefinition[]::new);
        for (SkuDefinition sku : byCode) {
            if (sku.code() == null || sku.code().isBlank()) {
                throw new IllegalArgumentException("SKU master: a row without a code (name " + sku.name() + ")");
            }
        }
        Arrays.sort(byCode, BY_CODE);
        for (int i = 1; i < byCode.length; i++) {
            if (byCode[i].code().equals(byCode[i - 1].code())) {
                throw new IllegalArgumentException("SKU master: the code " + byCode[i].code() + " appears twice");
            }
        }
        // Stable sort of the code order: of SKUs sharing a barcode, the one with the smallest code is found.
        byBarcode = Arrays.stream(byCode).filter(sku -> sku.barcode() != null && !sku.barcode().isBlank())
                .sorted(BY_BARCODE).toArray(SkuDefinition[]::new);
        index = previous != null && previous.index.maxDistance() == maxDistance && sameCodes(previous)
                ? previous.index : new DeletionIndex(codes(), maxDistance);
    }

    private boolean sameCodes(SkuCatalogue other) {
        if (other.byCode.length != byCode.length) {
            return false;
        }
        for (int i = 0; i < byCode.length; i++) {
            if (!byCode[i].code().equals(other.byCode[i].code())) {
                return false;
            }
        }
        return true;
    }

    private SkuCatalogue(SkuCatalogue rows, NearCodeLookup index) {
        this.byCode = rows.byCode;
        this.byBarcode = rows.byBarcode;
        this.index = index;
    }

    /**
     * The same SKUs (shared, not copied) with another near-code lookup over their codes: the benchmark's pairwise
     * reference, which must not hold a second SKU master beside the catalogue it is compared with.
     */
    public SkuCatalogue withNearCodes(Function<List<String>, NearCodeLookup> lookup) {
        return new SkuCatalogue(this, lookup.apply(codes()));
    }

    /**
     * This catalogue's own instance of {@code row} when it holds an equal one, else {@code row}: a rebuild that
     * passes every row it reads through the current catalogue keeps one copy of each unchanged SKU, so while the
     * check API still answers from the current catalogue only the new index and the changed rows are extra.
     */
    public SkuDefinition reuse(SkuDefinition row) {
        return byCode(row.code()).filter(row::equals).orElse(row);
    }

    public Optional<SkuDefinition> byCode(String code) {
        return find(byCode, code, SkuDefinition::code);
    }

    public Optional<SkuDefinition> byBarcode(String barcode) {
        return find(byBarcode, barcode, SkuDefinition::barcode);
    }

    NearCodeLookup nearCodes() {
        return index;
    }

    public int size() {
        return byCode.length;
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
        // Each match's category looked up once (a binary search), not at every comparison of the sort.
        Map<String, String> categories = new HashMap<>();
        matches.forEach(m -> categories.put(m.code(), byCode(m.code()).orElseThrow().category()));
        Map<String, Integer> categoryVotes = new HashMap<>();
        int bestPrefix = matches.stream().mapToInt(m -> commonPrefix(code, m.code())).max().orElse(0);
        for (CodeMatch match : matches) {
            String category = categories.get(match.code());
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
                                || !likelyCategory.equals(categories.get(m.code())))
                        .thenComparing(CodeMatch::code))
                .limit(limit)
                .map(CodeMatch::code)
                .toList();
    }

    /** The codes in code order, as a view (the lookup keeps its own list of the same strings). */
    private List<String> codes() {
        return new AbstractList<>() {
            @Override
            public String get(int position) {
                return byCode[position].code();
            }

            @Override
            public int size() {
                return byCode.length;
            }
        };
    }

    /** The first row whose key is {@code key} (rows sorted by that key), by binary search. */
    private static Optional<SkuDefinition> find(SkuDefinition[] rows, String key,
            Function<SkuDefinition, String> keyOf) {
        if (key == null) {
            return Optional.empty();
        }
        int low = 0;
        int high = rows.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keyOf.apply(rows[mid]).compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < rows.length && keyOf.apply(rows[low]).equals(key) ? Optional.of(rows[low]) : Optional.empty();
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
