package io.orderhub.report.entry.sku;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference a {@link DeletionIndex} is measured against: compares the query with every code. Correct but
 * linear in the number of SKUs; used by tests and the benchmark only.
 */
public final class PairwiseNearCodes implements NearCodeLookup {

    private final List<String> codes;
    private final int maxDistance;

    public PairwiseNearCodes(List<String> codes, int maxDistance) {
        this.codes = List.copyOf(codes);
        this.maxDistance = maxDistance;
    }

    @Override
    public List<CodeMatch> near(String query) {
        List<CodeMatch> matches = new ArrayList<>();
        for (String code : codes) {
            int distance = OsaDistance.within(query, code, maxDistance);
            if (distance <= maxDistance) {
                matches.add(new CodeMatch(code, distance));
            }
        }
        return matches;
    }

    @Override
    public int maxDistance() {
        return maxDistance;
    }
}
