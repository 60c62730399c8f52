package io.orderhub.common.jobs.admin;

/**
 * A job as the admin lists it ({@code XxlJobInfo}): what identifies it, who "owns" it ({@code author}), the fields
 * the bootstrap sets, and the ones it leaves to operators ({@code childJobId}, trigger status).
 */
public record AdminJob(int id, int jobGroup, String executorHandler, String author, JobSettings settings,
        String childJobId, int triggerStatus) {
}
