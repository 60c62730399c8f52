package io.orderhub.common.job;

/** What a service gets from the run that called it: its shard and the operator log. */
public record JobContext(Shard shard, RunLog log) {

    public static final JobContext STANDALONE = new JobContext(Shard.SOLE, RunLog.NONE);
}
