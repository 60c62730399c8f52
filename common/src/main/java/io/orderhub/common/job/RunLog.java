package io.orderhub.common.job;

/**
 * What a run tells the operator (the XXL-JOB admin log, or stdout in run-once mode). Services write their
 * summary here without knowing about XXL-JOB; patterns use SLF4J's {@code {}} placeholders.
 */
@FunctionalInterface
public interface RunLog {

    void line(String pattern, Object... args);

    RunLog NONE = (pattern, args) -> { };
}
