package io.orderhub.sync.engine;

import io.orderhub.sync.channel.OrderPage;
import io.orderhub.sync.channel.TimeWindow;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads one window's orders: page 1 for the total, then every page from the last to the first (platforms page by
 * offset, and an order modified during the walk leaves the window and shifts the rest toward the front: walking
 * backwards turns that shift into harmless re-reads instead of skipped orders). A window holding more than the
 * platform serves per query is halved; a repeated page is fetched again; a window short of distinct orders is
 * walked again. Pages go to the {@link PageSink} in walking order, the window's last one marked as completing it.
 */
final class WindowWalker {

    /** A window whose total keeps growing while we walk it (late, out-of-order modification times) is re-walked. */
    static final int MAX_WALKS = 4;
    /** A page holding nothing new is fetched again at most this often: see {@link #distinct}. */
    static final int REPEATED_PAGE_REFETCHES = 2;

    private final PageSource pages;
    private final PageSink sink;
    private final int pageSize;
    private final long maxOrdersPerQuery;
    private final ShopSyncReport report;

    /**
     * @param maxOrdersPerQuery above this total a window is halved (the platform's cap, or ours if lower)
     */
    WindowWalker(PageSource pages, PageSink sink, int pageSize, long maxOrdersPerQuery, ShopSyncReport report) {
        this.pages = pages;
        this.sink = sink;
        this.pageSize = pageSize;
        this.maxOrdersPerQuery = maxOrdersPerQuery;
        this.report = report;
    }

    /** @throws WindowIncompleteException the window stayed short of distinct orders after {@link #MAX_WALKS} walks */
    void walk(TimeWindow window) {
        OrderPage first = pages.fetch(window, 1);
        if (first.total() > maxOrdersPerQuery && window.length().toSeconds() > 1) {
            for (TimeWindow half : window.halves()) {
                walk(half);
            }
            return;
        }
        report.windows++;
        if (first.pageCount(pageSize) == 1 && first.orders().size() >= first.total()) {
            sink.accept(first.orders(), window);
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int walk = 1; ; walk++) {
            int lastPageNo = first.pageCount(pageSize);
            PageSource.PageWalk backwards = pages.walkBack(window, lastPageNo);
            for (int pageNo = lastPageNo; pageNo >= 2; pageNo--) {
                sink.accept(distinct(backwards.next(), window, pageNo, seen).orders(), null);
            }
            OrderPage head = distinct(backwards.next(), window, 1, seen);
            // Complete when the total did not grow (late, out-of-order modification times) and the walks so far
            // saw at least as many distinct orders as the window holds now. A repeated page leaves us short; so
            // does an order modified to the front of the window mid-walk, which pushes the others one place back
            // onto a page already read: the next walk picks those up, and everything it writes is idempotent.
            boolean complete = head.total() <= first.total() && seen.size() >= head.total();
            if (complete) {
                sink.accept(head.orders(), window);
                return;
            }
            sink.accept(head.orders(), null);
            if (walk == MAX_WALKS) {
                sink.flush();
                throw new WindowIncompleteException(report.label() + " window " + window + ": " + walk
                        + " walks saw " + seen.size() + " distinct orders of " + head.total()
                        + "; the window stays open for the next run");
            }
            report.rewalks++;
            first = head;
        }
    }

    /**
     * The page, fetched again when it holds nothing new: platforms sometimes serve the previous page again, and
     * trusting that would skip the real page's orders.
     */
    private OrderPage distinct(OrderPage fetched, TimeWindow window, int pageNo, Set<String> seen) {
        OrderPage page = fetched;
        for (int retry = 0; retry < REPEATED_PAGE_REFETCHES && !page.orders().isEmpty() && allSeen(page, seen);
                retry++) {
            page = pages.fetch(window, pageNo);
        }
        page.orders().forEach(order -> seen.add(order.platformOrderId()));
        return page;
    }

    private static boolean allSeen(OrderPage page, Set<String> seen) {
        return page.orders().stream().allMatch(order -> seen.contains(order.platformOrderId()));
    }
}
