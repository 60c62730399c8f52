package io.orderhub.common.jobs;

/**
 * An executor group in the admin: the app name the executor registers with ({@code oms.xxl.app-name}) and the
 * title the admin shows (the admin's column holds at most 12 characters).
 */
public record ExecutorGroupSpec(String appName, String title) {

    /** {@code xxl_job_group.title} is {@code varchar(12)}. */
    public static final int MAX_TITLE_LENGTH = 12;

    public ExecutorGroupSpec {
        if (appName == null || appName.length() < 4 || appName.length() > 64) {
            throw new IllegalArgumentException("appName: the admin takes 4 to 64 characters, was " + appName);
        }
        if (title == null || title.isBlank() || title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("title of " + appName + ": 1 to " + MAX_TITLE_LENGTH
                    + " characters, was " + title);
        }
    }
}
