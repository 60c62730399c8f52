package io.orderhub.sync.engine;

import io.orderhub.sync.channel.OrderPage;
import io.orderhub.sync.channel.TimeWindow;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A shop's fetch thread: a backward walk's pages are fetched one after another on it, up to {@link #PAGES_AHEAD}
 * pages ahead of the one being mapped and written, so fetching goes on while a batch is being committed. One
 * request at a time per walk, as without it; pacing still decides when each is sent. Single pages
 * ({@link #fetch}) are fetched on the caller's thread. One per shop run: close it when the run ends.
 */
final class PagePrefetcher implements PageSource, AutoCloseable {

    /** Pages fetched ahead of the one being written: one batch at the usual page size of 100. */
    static final int PAGES_AHEAD = 5;

    private final PageSource pages;
    private final String shopLabel;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread fetcher = new Thread(r, "oms-prefetch");
        fetcher.setDaemon(true);
        return fetcher;
    });

    PagePrefetcher(PageSource pages, String shopLabel) {
        this.pages = pages;
        this.shopLabel = shopLabel;
    }

    @Override
    public OrderPage fetch(TimeWindow window, int pageNo) {
        return pages.fetch(window, pageNo);
    }

    @Override
    public PageWalk walkBack(TimeWindow window, int lastPageNo) {
        return new Ahead(window, lastPageNo);
    }

    /** Stops the fetch thread, interrupting a fetch still running (the run failed or is over). */
    @Override
    public void close() {
        thread.shutdownNow();
    }

    private final class Ahead implements PageWalk {
        private final TimeWindow window;
        private final Deque<Future<OrderPage>> requested = new ArrayDeque<>();
        private int nextPageNo;

        Ahead(TimeWindow window, int lastPageNo) {
            this.window = window;
            this.nextPageNo = lastPageNo;
            while (requested.size() < PAGES_AHEAD && nextPageNo >= 1) {
                request();
            }
        }

        @Override
        public OrderPage next() {
            Future<OrderPage> page = requested.poll();
            if (nextPageNo >= 1) {
                request();
            }
            return await(page);
        }

        private void request() {
            int pageNo = nextPageNo--;
            requested.add(thread.submit(() -> pages.fetch(window, pageNo)));
        }
    }

    private OrderPage await(Future<OrderPage> page) {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(shopLabel + ": interrupted while fetching", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(shopLabel + ": page fetch failed", e.getCause());
        }
    }
}
