package io.orderhub.sync.engine;

import io.orderhub.sync.channel.TimeWindow;

/**
 * Incremental (from the shop's cursor to now, advancing it) or a backfill of a given range (the cursor is left
 * alone: a backfill repairs history, it does not move the shop's position).
 */
public sealed interface SyncMode {

    record Incremental() implements SyncMode {
    }

    /**
     * @param rewrite also write orders whose platform modified time equals the stored one (repairs rows written by
     *                an older mapping; the writer otherwise skips an unchanged order)
     */
    record Backfill(TimeWindow range, boolean rewrite) implements SyncMode {
    }

    SyncMode INCREMENTAL = new Incremental();
}
