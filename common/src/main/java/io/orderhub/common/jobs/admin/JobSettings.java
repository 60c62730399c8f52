package io.orderhub.common.jobs.admin;

import io.orderhub.common.jobs.JobSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of an admin job that the bootstrap sets from the catalogue, under the admin's form names. Everything
 * else (trigger status, child jobs, GLUE fields) stays the operators'.
 */
public record JobSettings(String jobDesc, String alarmEmail, String scheduleType, String scheduleConf,
        String misfireStrategy, String executorRouteStrategy, String executorParam, String executorBlockStrategy,
        int executorTimeout, int executorFailRetryCount) {

    /** The admin's author field of a job the bootstrap wrote: this prefix, then {@link #fingerprint()}. */
    public static final String AUTHOR_PREFIX = "oms-bootstrap#";

    public JobSettings {
        jobDesc = Objects.requireNonNullElse(jobDesc, "");
        alarmEmail = Objects.requireNonNullElse(alarmEmail, "");
        scheduleType = Objects.requireNonNullElse(scheduleType, "");
        scheduleConf = Objects.requireNonNullElse(scheduleConf, "");
        misfireStrategy = Objects.requireNonNullElse(misfireStrategy, "");
        executorRouteStrategy = Objects.requireNonNullElse(executorRouteStrategy, "");
        executorParam = Objects.requireNonNullElse(executorParam, "");
        executorBlockStrategy = Objects.requireNonNullElse(executorBlockStrategy, "");
    }

    /**
     * What the catalogue sets: a cron schedule ({@code CRON}) or none ({@code NONE}: triggered by hand), misfire
     * {@code DO_NOTHING} (every job catches up from its own state), a blank parameter (scheduled runs cover
     * everything; a job run by hand gets its parameter when triggered).
     */
    public static JobSettings of(JobSpec job) {
        return new JobSettings(job.description(), job.alarmEmail(), job.scheduled() ? "CRON" : "NONE",
                job.scheduled() ? job.cron() : "", "DO_NOTHING", job.route().name(), "", job.block().name(),
                job.timeoutSeconds(), job.failRetries());
    }

    /** The author value that marks these settings as written by the bootstrap. */
    public String author() {
        return AUTHOR_PREFIX + fingerprint();
    }

    /** A short SHA-256 of the fields, so the author field can say what the bootstrap last wrote. */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder();
        fields().forEach((name, value) -> canonical.append(name).append('=').append(value).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The fields that differ, as {@code name: "this" -> "target"}. */
    public List<String> differencesTo(JobSettings target) {
        Map<String, Object> mine = fields();
        Map<String, Object> theirs = target.fields();
        List<String> differences = new ArrayList<>();
        mine.forEach((name, value) -> {
            if (!value.equals(theirs.get(name))) {
                differences.add(name + ": \"" + value + "\" -> \"" + theirs.get(name) + "\"");
            }
        });
        return differences;
    }

    /** The admin's form fields and their values, in the admin's form order. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("jobDesc", jobDesc);
        fields.put("alarmEmail", alarmEmail);
        fields.put("scheduleType", scheduleType);
        fields.put("scheduleConf", scheduleConf);
        fields.put("misfireStrategy", misfireStrategy);
        fields.put("executorRouteStrategy", executorRouteStrategy);
        fields.put("executorParam", executorParam);
        fields.put("executorBlockStrategy", executorBlockStrategy);
        fields.put("executorTimeout", executorTimeout);
        fields.put("executorFailRetryCount", executorFailRetryCount);
        return fields;
    }
}
