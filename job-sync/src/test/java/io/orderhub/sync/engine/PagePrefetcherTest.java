package io.orderhub.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.sync.channel.OrderPage;
import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformErrorKind;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.TimeWindow;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PagePrefetcherTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 11, 8, 0);
    static final TimeWindow WINDOW = new TimeWindow(T0, T0.plusHours(1));

    /** A platform that records which page each request asked for, on which thread, and how many ran at once. */
    static final class RecordingSource implements PageSource {
        final List<String> requests = new CopyOnWriteArrayList<>();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();

        @Override
        public OrderPage fetch(TimeWindow window, int pageNo) {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                requests.add("p" + pageNo + " on " + Thread.currentThread().getName());
                return new OrderPage(pageNo, List.of()); // the page number rides in the total
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    final RecordingSource source = new RecordingSource();

    @Test
    void aWalkHandsOutItsPagesFromTheLastToTheFirstFetchedOneAtATimeOnTheFetchThread() {
        try (PagePrefetcher prefetcher = new PagePrefetcher(source, "JD/shop-1")) {
            PageSource.PageWalk walk = prefetcher.walkBack(WINDOW, 8);

            for (int pageNo = 8; pageNo >= 1; pageNo--) {
                assertThat(walk.next().total()).isEqualTo(pageNo);
            }
        }

        assertThat(source.requests).containsExactly("p8 on oms-prefetch", "p7 on oms-prefetch", "p6 on oms-prefetch",
                "p5 on oms-prefetch", "p4 on oms-prefetch", "p3 on oms-prefetch", "p2 on oms-prefetch",
                "p1 on oms-prefetch");
        assertThat(source.mostInFlight).hasValue(1);
    }

    @Test
    void fetchesAtMostFivePagesAheadOfThePageBeingWritten() throws Exception {
        try (PagePrefetcher prefetcher = new PagePrefetcher(source, "JD/shop-1")) {
            PageSource.PageWalk walk = prefetcher.walkBack(WINDOW, 20);
            awaitRequests(PagePrefetcher.PAGES_AHEAD);
            TimeUnit.MILLISECONDS.sleep(200);
            assertThat(source.requests).hasSize(PagePrefetcher.PAGES_AHEAD);

            walk.next();
            awaitRequests(PagePrefetcher.PAGES_AHEAD + 1);
            TimeUnit.MILLISECONDS.sleep(200);
            assertThat(source.requests).hasSize(PagePrefetcher.PAGES_AHEAD + 1);
        }
    }

    @Test
    void aSinglePageIsFetchedOnTheCallersThread() {
        try (PagePrefetcher prefetcher = new PagePrefetcher(source, "JD/shop-1")) {
            prefetcher.fetch(WINDOW, 1);
        }

        assertThat(source.requests).containsExactly("p1 on " + Thread.currentThread().getName());
    }

    @Test
    void aFailedFetchFailsThePageThatNeededItWithThePlatformsOwnError() {
        PlatformException down = new PlatformException("JD/shop-1", "fake.search",
                new PlatformError(PlatformErrorKind.UNAVAILABLE, "503", "platform down"));
        PageSource failingOnPage2 = (window, pageNo) -> {
            if (pageNo == 2) {
                throw down;
            }
            return new OrderPage(pageNo, List.of());
        };
        try (PagePrefetcher prefetcher = new PagePrefetcher(failingOnPage2, "JD/shop-1")) {
            PageSource.PageWalk walk = prefetcher.walkBack(WINDOW, 3);

            assertThat(walk.next().total()).isEqualTo(3);
            assertThatThrownBy(walk::next).isSameAs(down);
        }
    }

    @Test
    void closingStopsAFetchStillWaitingForThePlatform() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        PageSource stalled = (window, pageNo) -> {
            started.countDown();
            try {
                TimeUnit.MINUTES.sleep(1);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return new OrderPage(0, List.of());
        };
        PagePrefetcher prefetcher = new PagePrefetcher(stalled, "JD/shop-1");
        prefetcher.walkBack(WINDOW, 1);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        prefetcher.close();

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private void awaitRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (source.requests.size() < count && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        assertThat(source.requests).hasSizeGreaterThanOrEqualTo(count);
    }
}
