package io.orderhub.common.testing;

import io.orderhub.common.config.OmsCommonAutoConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand, so time-based behaviour is asserted without waiting or wall-clock races. */
public final class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    /** In the platforms' zone (Asia/Shanghai), like the application's clock. */
    public MutableClock(Instant start) {
        this(start, OmsCommonAutoConfiguration.PLATFORM_ZONE);
    }

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
