package io.orderhub.report.entry.sku;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A SymSpell-style deletion index over a list of codes: every string reachable from a code by deleting up to
 * {@code maxDistance} characters is indexed, so two codes within that Optimal String Alignment distance share at
 * least one such variant (a substitution or a swap costs one deletion on each side, an insertion one on the other).
 * A query looks up its own variants and verifies the few candidates; it never compares with every code.
 *
 * <p>Compact on purpose (200,000 SKUs × ~30 variants): each entry is one {@code long}, the variant's 39-bit hash in
 * the high bits and the code's position in the low 24, sorted. A hash collision only adds a candidate that the
 * verification drops.
 */
public final class DeletionIndex implements NearCodeLookup {

    static final int MAX_CODES = 1 << 24;
    private static final int ID_BITS = 24;
    private static final long ID_MASK = (1L << ID_BITS) - 1;

    private final List<String> codes;
    private final int maxDistance;
    private final long[] entries;

    public DeletionIndex(List<String> codes, int maxDistance) {
        if (codes.size() >= MAX_CODES) {
            throw new IllegalArgumentException("the deletion index holds at most " + (MAX_CODES - 1) + " codes");
        }
        this.codes = List.copyOf(codes);
        this.maxDistance = maxDistance;
        // Two passes over the variants instead of a growing array: the index is built at its exact size, so
        // building it never holds more than the index itself (a grown-and-trimmed array peaked at about twice that,
        // 100+ MB for 200,000 SKUs, next to the catalogue the check API keeps answering from meanwhile).
        int count = 0;
        for (String code : this.codes) {
            count += variantKeys(code).length;
        }
        long[] built = new long[count];
        int size = 0;
        for (int id = 0; id < this.codes.size(); id++) {
            for (long key : variantKeys(this.codes.get(id))) {
                built[size++] = key | id;
            }
        }
        Arrays.sort(built);
        this.entries = built;
    }

    @Override
    public int maxDistance() {
        return maxDistance;
    }

    @Override
    public List<CodeMatch> near(String query) {
        // Candidates as positions (no boxing): every index entry sharing one of the query's variants, each code
        // verified once after sorting.
        int[] candidates = new int[64];
        int count = 0;
        for (long key : variantKeys(query)) {
            for (int i = firstAtOrAfter(key); i < entries.length && (entries[i] & ~ID_MASK) == key; i++) {
                if (count == candidates.length) {
                    candidates = Arrays.copyOf(candidates, count * 2);
                }
                candidates[count++] = (int) (entries[i] & ID_MASK);
            }
        }
        Arrays.sort(candidates, 0, count);
        List<CodeMatch> matches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0 && candidates[i] == candidates[i - 1]) {
                continue;
            }
            String code = codes.get(candidates[i]);
            int distance = OsaDistance.within(query, code, maxDistance);
            if (distance <= maxDistance) {
                matches.add(new CodeMatch(code, distance));
            }
        }
        return matches;
    }

    public int size() {
        return entries.length;
    }

    private int firstAtOrAfter(long key) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The distinct variants of a word (itself and every string left by deleting up to {@code maxDistance} of its
     * characters), each as its index key: the variant's hash shifted above the position bits, sorted. Computed over
     * the word with a mask of deleted positions: no variant string is made.
     */
    private long[] variantKeys(String word) {
        int length = word.length();
        long[] keys = new long[variantCount(length, Math.min(maxDistance, length))];
        int size = addVariantKeys(word, new boolean[length], 0, Math.min(maxDistance, length), keys, 0);
        Arrays.sort(keys, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct == 0 || keys[i] != keys[distinct - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return distinct == keys.length ? keys : Arrays.copyOf(keys, distinct);
    }

    /** Deletions in increasing position order, so each set of deleted positions is visited once. */
    private static int addVariantKeys(String word, boolean[] deleted, int from, int deletionsLeft, long[] into,
            int size) {
        into[size++] = hash(word, deleted) << ID_BITS;
        if (deletionsLeft > 0) {
            for (int i = from; i < word.length(); i++) {
                deleted[i] = true;
                size = addVariantKeys(word, deleted, i + 1, deletionsLeft - 1, into, size);
                deleted[i] = false;
            }
        }
        return size;
    }

    /** How many position sets of at most {@code deletions} of {@code length} positions: the sum of C(length, k). */
    private static int variantCount(int length, int deletions) {
        int total = 0;
        long choose = 1;
        for (int k = 0; k <= deletions; k++) {
            total += (int) choose;
            choose = choose * (length - k) / (k + 1);
        }
        return total;
    }

    /**
     * 39 bits of FNV-1a over the UTF-16 chars not deleted: with the 24-bit position the packed entry stays
     * non-negative.
     */
    private static long hash(String text, boolean[] deleted) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            if (!deleted[i]) {
                h ^= text.charAt(i);
                h *= 0x100000001b3L;
            }
        }
        return (h ^ (h >>> 40)) & ((1L << 39) - 1);
    }
}
