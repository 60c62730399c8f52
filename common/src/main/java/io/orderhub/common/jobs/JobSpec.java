package io.orderhub.common.jobs;

import java.util.List;
import java.util.Objects;

/**
 * How one {@code @XxlJob} handler is set up in the admin.
 *
 * @param app            the executor group that runs it
 * @param handler        the {@code @XxlJob} name
 * @param description    the admin's job description (at most 255 characters)
 * @param cron           the default schedule, a Quartz cron with seconds; {@code null} = run by hand only
 * @param route          which executor(s) of the group run a trigger
 * @param block          what a trigger does while the job still runs
 * @param timeoutSeconds the executor interrupts a run after this long; 0 = never (a run that must be free to take
 *                       hours, guarded by its own lease)
 * @param failRetries    the admin re-triggers a failed run this many times, at once and without back-off
 * @param alarmEmail     whom the admin e-mails when a run fails (comma-separated; empty = nobody)
 * @param parameterType  the parameter record the handler parses (its components are {@code params})
 * @param params         the JSON parameter's fields
 * @param example        an example parameter an operator can paste (at most 512 characters)
 */
public record JobSpec(ExecutorGroupSpec app, String handler, String description, String cron, RouteStrategy route,
        BlockStrategy block, int timeoutSeconds, int failRetries, String alarmEmail, String parameterType,
        List<JobParam> params, String example) {

    /** {@code xxl_job_info.job_desc} is {@code varchar(255)}. */
    public static final int MAX_DESCRIPTION_LENGTH = 255;
    /** {@code xxl_job_info.executor_param} is {@code varchar(512)}. */
    public static final int MAX_PARAMETER_LENGTH = 512;

    public JobSpec {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(route, handler + ": route");
        Objects.requireNonNull(block, handler + ": block");
        Objects.requireNonNull(parameterType, handler + ": parameterType");
        alarmEmail = alarmEmail == null ? "" : alarmEmail;
        params = List.copyOf(params);
        if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException(handler + ": description must have 1 to " + MAX_DESCRIPTION_LENGTH
                    + " characters");
        }
        if (example == null || example.length() > MAX_PARAMETER_LENGTH) {
            throw new IllegalArgumentException(handler + ": example must have at most " + MAX_PARAMETER_LENGTH
                    + " characters");
        }
        if (timeoutSeconds < 0 || failRetries < 0) {
            throw new IllegalArgumentException(handler + ": timeout and retries must not be negative");
        }
    }

    public boolean scheduled() {
        return cron != null;
    }

    public JobSpec withAlarmEmail(String email) {
        return new JobSpec(app, handler, description, cron, route, block, timeoutSeconds, failRetries, email,
                parameterType, params, example);
    }
}
