package io.orderhub.common.retry;

import java.time.Duration;

/** Waiting, injectable so tests do not sleep. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
}
