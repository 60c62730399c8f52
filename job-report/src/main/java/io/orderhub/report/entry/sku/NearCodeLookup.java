package io.orderhub.report.entry.sku;

import java.util.List;

/** Finds the existing codes within a few edits of a code: the {@link DeletionIndex}, or pairwise as a reference. */
public interface NearCodeLookup {

    /** Every code within {@link #maxDistance()} edits of {@code query}, with its distance, in no particular order. */
    List<CodeMatch> near(String query);

    int maxDistance();
}
