package io.orderhub.sandbox.fault;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.SandboxStats;
import io.orderhub.sandbox.generator.ShopOrderBook;
import io.orderhub.sandbox.generator.TimeAxis;
import io.orderhub.sandbox.generator.WindowPage;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/** Serves one page of a window query, applying the paging faults: moving orders, repeated pages, shuffled pages. */
public final class PagedWindow {
    private final FaultInjector faults;
    private final SandboxStats stats;

    public PagedWindow(FaultInjector faults, SandboxStats stats) {
        this.faults = faults;
        this.stats = stats;
    }

    public WindowPage fetch(Channel channel, ShopOrderBook book, TimeAxis axis, long from, long to,
                            boolean descending, int offset, int size, long now) {
        return fetch(channel, book, axis, from, to, descending, offset, size, now, null);
    }

    /** {@code filter} (may be null) keeps only some orders by index, e.g. a status filter. */
    public WindowPage fetch(Channel channel, ShopOrderBook book, TimeAxis axis, long from, long to,
                            boolean descending, int offset, int size, long now, IntPredicate filter) {
        FaultPlan plan = faults.plan();
        if (offset > 0 && axis == TimeAxis.MODIFIED && plan.movingOrdersPerPage() > 0 && plan.appliesTo(channel)) {
            // Orders the client has not seen yet change now, so they sort onto a page it has already read.
            WindowPage unseen = book.window(axis, from, to, descending, offset + size, plan.movingOrdersPerPage(), now,
                    filter);
            long at = Math.min(now, to);
            for (int index : unseen.indices()) {
                book.touch(index, at, now);
            }
            stats.add("fault.movedOrders", unseen.indices().length);
        }
        int served = offset > 0 && faults.repeatPage(channel) ? Math.max(0, offset - size) : offset;
        WindowPage page = book.window(axis, from, to, descending, served, size, now, filter);
        if (plan.shuffleWithinPage() && plan.appliesTo(channel) && page.indices().length > 1) {
            shuffle(page.indices(), faults.shuffleRandom());
            stats.increment("fault.shuffledPage");
        }
        stats.add("orders.served", page.indices().length);
        return page;
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
