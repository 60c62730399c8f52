package io.orderhub.sync.channel;

import java.time.Duration;

/**
 * What a platform allows in one incremental query.
 *
 * @param maxWindow          widest modified-time window per query (Taobao 1 day, PDD 30 minutes, …)
 * @param maxLookback        how far back the platform serves incremental queries
 * @param maxPageSize        largest page size
 * @param maxResultsPerQuery most orders one query can page through (Douyin 50,000); a fuller window is split
 */
public record WindowLimits(Duration maxWindow, Duration maxLookback, int maxPageSize, int maxResultsPerQuery) {
}
