package io.orderhub.sandbox.generator;

import io.orderhub.sandbox.Channel;
import java.util.SplittableRandom;

/** Draws one order's lifecycle. Cheap on purpose: the shop index replans every order after each clock move. */
final class TimelinePlanner {
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;

    private final Lifecycle lifecycle;
    private final long spanStart;
    private final long spanSeconds;

    TimelinePlanner(Channel channel, long spanStart, long spanSeconds) {
        this.lifecycle = Lifecycle.of(channel);
        this.spanStart = spanStart;
        this.spanSeconds = Math.max(1, spanSeconds);
    }

    OrderTimeline plan(SplittableRandom random) {
        long created = spanStart + random.nextLong(spanSeconds);
        double fate = random.nextDouble();
        boolean presale = lifecycle.presale() && random.nextDouble() < 0.05;
        boolean dated = random.nextDouble() < 0.6;
        long depositPaid = 0;
        long paid = created + 10 + random.nextLong(30 * MINUTE);
        if (presale && lifecycle.unpaidVisible()) {
            // Deposit presale (定金预售): deposit now, the balance (尾款) days later.
            depositPaid = paid;
            paid = created + DAY + random.nextLong(4 * DAY);
        }
        long cancelled = 0;
        if (lifecycle.cancellation() && fate < 0.08) {
            cancelled = created + 15 * MINUTE + random.nextLong(DAY);
            return new OrderTimeline(created, 0, 0, 0, 0, 0, 0, cancelled, 0, 0, 0, false, presale, 0,
                    lifecycle.unpaidVisible() ? created : cancelled);
        }
        long held = lifecycle.hold() && fate > 0.97 ? paid + 10 * MINUTE + random.nextLong(HOUR) : 0;
        long shipBase = presale ? paid + 3 * DAY + random.nextLong(7 * DAY) : paid;
        long partShipped = lifecycle.partialShipping() && random.nextDouble() < 0.1
                ? shipBase + HOUR + random.nextLong(DAY) : 0;
        long shipped = (partShipped != 0 ? partShipped : shipBase) + 30 * MINUTE + random.nextLong(3 * DAY);
        long delivered = lifecycle.delivery() ? shipped + DAY + random.nextLong(3 * DAY) : 0;
        long completed = lifecycle.completion()
                ? (delivered != 0 ? delivered : shipped + 2 * DAY) + random.nextLong(7 * DAY) : 0;
        if (held != 0) {
            partShipped = shipped = delivered = completed = 0;
        }
        long refundRequested = 0;
        long refunded = 0;
        boolean refundAll = random.nextDouble() < 0.4;
        if (lifecycle.lineRefunds() && random.nextDouble() < 0.12) {
            refundRequested = paid + HOUR + random.nextLong(5 * DAY);
            if (random.nextDouble() < 0.7) {
                refunded = refundRequested + DAY + random.nextLong(2 * DAY);
            }
        }
        long expectedDelivery = presale && dated ? shipBase + DAY : 0;
        return new OrderTimeline(created, depositPaid, paid, partShipped, shipped, delivered, completed, 0, held,
                refundRequested, refunded, refundAll, presale, expectedDelivery,
                lifecycle.unpaidVisible() ? created : paid);
    }
}
