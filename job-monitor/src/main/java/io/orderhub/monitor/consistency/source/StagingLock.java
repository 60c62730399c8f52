package io.orderhub.monitor.consistency.source;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row of {@code cc_source_lock} a loader locks in its transaction before it replaces or adds staged rows: two
 * executors of a broadcast (or an overlapping manual run) load one after the other instead of deleting and
 * inserting the same keys at once.
 */
final class StagingLock {

    private StagingLock() {
    }

    /** Blocks until this transaction holds the staging lock; released at commit or rollback. */
    static void take(JdbcTemplate jdbc) {
        jdbc.queryForList("SELECT name FROM cc_source_lock WHERE name = 'staging' FOR UPDATE", String.class);
    }
}
