package io.orderhub.common.jobs;

/**
 * The admin's executor route strategies we use (names as in the admin's {@code ExecutorRouteStrategyEnum}).
 */
public enum RouteStrategy {
    /**
     * Every executor of the group runs the trigger with its shard index and total; per-shop jobs split the shops
     * by shard.
     */
    SHARDING_BROADCAST,
    /**
     * One executor: the first that answers the admin's beat. A dead executor stays in the group's address list for
     * ~90 s; {@code FIRST} would fail every trigger in that time, {@code FAILOVER} moves on to a live one.
     */
    FAILOVER
}
