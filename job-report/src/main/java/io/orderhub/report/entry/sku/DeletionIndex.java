package io.orderhub.report.entry.sku;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        Set<String> variants = new HashSet<>();
        int count = 0;
        for (String code : this.codes) {
            variants.clear();
            collectDeletions(code, maxDistance, variants);
            count += variants.size();
        }
        long[] built = new long[count];
        int size = 0;
        for (int id = 0; id < this.codes.size(); id++) {
            variants.clear();
            collectDeletions(this.codes.get(id), maxDistance, variants);
            for (String variant : variants) {
                built[size++] = (hash(variant) << ID_BITS) | id;
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
        Set<String> variants = new HashSet<>();
        collectDeletions(query, maxDistance, variants);
        Set<Integer> seen = new HashSet<>();
        List<CodeMatch> matches = new ArrayList<>();
        for (String variant : variants) {
            long key = hash(variant) << ID_BITS;
            int at = firstAtOrAfter(key);
            for (int i = at; i < entries.length && (entries[i] & ~ID_MASK) == key; i++) {
                int id = (int) (entries[i] & ID_MASK);
                if (seen.add(id)) {
                    String code = codes.get(id);
                    int distance = OsaDistance.within(query, code, maxDistance);
                    if (distance <= maxDistance) {
                        matches.add(new CodeMatch(code, distance));
                    }
                }
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

    static void collectDeletions(String word, int depth, Set<String> into) {
        into.add(word);
        if (depth == 0) {
            return;
        }
        for (int i = 0; i < word.length(); i++) {
            collectDeletions(word.substring(0, i) + word.substring(i + 1), depth - 1, into);
        }
    }

    /** 39 bits of FNV-1a over the UTF-16 chars: with the 24-bit position the packed entry stays non-negative. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return (h ^ (h >>> 40)) & ((1L << 39) - 1);
    }
}
