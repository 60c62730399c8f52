package io.orderhub.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.sync.channel.OrderPage;
import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.http.ChannelHttp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WindowWalkerTest {

    static final JsonNode BODY = ChannelHttp.JSON.createObjectNode();
    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 11, 8, 0);
    static final TimeWindow WINDOW = new TimeWindow(T0, T0.plusHours(1));
    static final int PAGE_SIZE = 10;

    final ShopSyncReport report = new ShopSyncReport("JD/shop-1");
    final RecordingSink sink = new RecordingSink();
    final List<String> fetches = new ArrayList<>();

    /** What the walker handed on: one entry per page, "ids -> completed window" (or "-> open"). */
    static final class RecordingSink implements PageSink {
        final List<String> pages = new ArrayList<>();
        int flushes;

        @Override
        public void accept(List<RawOrder> orders, TimeWindow completes) {
            pages.add(orders.stream().map(RawOrder::platformOrderId).toList() + " -> "
                    + (completes == null ? "open" : completes.toString()));
        }

        @Override
        public void flush() {
            flushes++;
        }
    }

    /** A platform window of {@code count} orders o0…o(count-1), served by offset; every fetch is recorded. */
    PageSource platform(int count) {
        return (window, pageNo) -> {
            fetches.add(window + " p" + pageNo);
            return page(count, pageNo);
        };
    }

    static OrderPage page(int total, int pageNo) {
        int from = Math.min(total, (pageNo - 1) * PAGE_SIZE);
        return new OrderPage(total, IntStream.range(from, Math.min(total, from + PAGE_SIZE))
                .mapToObj(i -> new RawOrder("o" + i, BODY)).toList());
    }

    static String ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "o" + i).toList().toString();
    }

    WindowWalker walker(PageSource pages, long cap) {
        return new WindowWalker(pages, sink, PAGE_SIZE, cap, report);
    }

    @Test
    void aWindowOfOnePageIsReadOnceAndCompletedByThatPage() {
        walker(platform(7), 1000).walk(WINDOW);

        assertThat(fetches).containsExactly(WINDOW + " p1");
        assertThat(sink.pages).containsExactly(ids(0, 7) + " -> " + WINDOW);
        assertThat(report.windows).isEqualTo(1);
    }

    @Test
    void pagesAreWalkedFromTheLastToTheFirstAndOnlyTheFirstCompletesTheWindow() {
        walker(platform(25), 1000).walk(WINDOW);

        assertThat(fetches).containsExactly(WINDOW + " p1", WINDOW + " p3", WINDOW + " p2", WINDOW + " p1");
        assertThat(sink.pages).containsExactly(ids(20, 25) + " -> open", ids(10, 20) + " -> open",
                ids(0, 10) + " -> " + WINDOW);
        assertThat(report.rewalks).isZero();
    }

    @Test
    void aWindowOverThePlatformsCapIsHalvedAndEachHalfCompletedOnItsOwn() {
        TimeWindow[] halves = WINDOW.halves();
        PageSource pages = (window, pageNo) -> {
            fetches.add(window + " p" + pageNo);
            return page(window.equals(WINDOW) ? 30 : 8, pageNo);
        };

        walker(pages, 20).walk(WINDOW);

        assertThat(fetches).containsExactly(WINDOW + " p1", halves[0] + " p1", halves[1] + " p1");
        assertThat(sink.pages).containsExactly(ids(0, 8) + " -> " + halves[0], ids(0, 8) + " -> " + halves[1]);
        assertThat(report.windows).isEqualTo(2);
    }

    @Test
    void aOneSecondWindowIsNotHalvedEvenOverTheCap() {
        TimeWindow second = new TimeWindow(T0, T0.plusSeconds(1));

        walker(platform(25), 20).walk(second);

        assertThat(sink.pages).last().asString().endsWith(" -> " + second);
        assertThat(report.windows).isEqualTo(1);
    }

    @Test
    void aPageServedAgainInsteadOfTheNextIsFetchedAgain() {
        int[] page2Served = {0};
        PageSource pages = (window, pageNo) -> {
            fetches.add("p" + pageNo);
            // The platform's first answer for page 2 repeats page 3.
            return pageNo == 2 && page2Served[0]++ == 0 ? page(25, 3) : page(25, pageNo);
        };

        walker(pages, 1000).walk(WINDOW);

        assertThat(fetches).containsExactly("p1", "p3", "p2", "p2", "p1");
        assertThat(sink.pages).containsExactly(ids(20, 25) + " -> open", ids(10, 20) + " -> open",
                ids(0, 10) + " -> " + WINDOW);
    }

    @Test
    void aWindowShortOfDistinctOrdersAfterTheWalkIsWalkedAgain() {
        int[] page2Served = {0};
        PageSource pages = (window, pageNo) -> {
            fetches.add("p" + pageNo);
            // Page 2 repeats page 3 on the first walk, refetches included: the walk ends ten orders short.
            return pageNo == 2 && page2Served[0]++ < 3 ? page(25, 3) : page(25, pageNo);
        };

        walker(pages, 1000).walk(WINDOW);

        // The second walk finds its pages already seen and asks for each again (twice at most) before moving on.
        assertThat(fetches).containsExactly("p1", "p3", "p2", "p2", "p2", "p1",
                "p3", "p3", "p3", "p2", "p1", "p1", "p1");
        assertThat(sink.pages).last().isEqualTo(ids(0, 10) + " -> " + WINDOW);
        assertThat(sink.pages).filteredOn(page -> !page.endsWith("open")).hasSize(1);
        assertThat(report.rewalks).isEqualTo(1);
    }

    @Test
    void aWindowWhoseTotalGrewDuringTheWalkIsWalkedAgainAtItsNewSize() {
        PageSource pages = (window, pageNo) -> {
            fetches.add("p" + pageNo);
            return page(fetches.size() == 1 ? 20 : 21, pageNo); // a late order arrives after the first look
        };

        walker(pages, 1000).walk(WINDOW);

        assertThat(fetches).containsExactly("p1", "p2", "p1", "p3", "p2", "p2", "p2", "p1", "p1", "p1");
        assertThat(sink.pages).last().isEqualTo(ids(0, 10) + " -> " + WINDOW);
        assertThat(report.rewalks).isEqualTo(1);
    }

    @Test
    void aWindowStillShortAfterFourWalksFailsIncompleteWithoutCompletingAfterHandingOnWhatItRead() {
        PageSource pages = (window, pageNo) -> {
            fetches.add("p" + pageNo);
            return pageNo == 2 ? page(25, 3) : page(25, pageNo); // page 2 is never served
        };

        assertThatThrownBy(() -> walker(pages, 1000).walk(WINDOW))
                .isInstanceOf(WindowIncompleteException.class)
                .hasMessageContaining("JD/shop-1 window " + WINDOW)
                .hasMessageContaining(WindowWalker.MAX_WALKS + " walks saw 15 distinct orders of 25");

        assertThat(sink.pages).hasSize(3 * WindowWalker.MAX_WALKS).allMatch(page -> page.endsWith("-> open"));
        assertThat(sink.flushes).isEqualTo(1);
        assertThat(report.rewalks).isEqualTo(WindowWalker.MAX_WALKS - 1);
    }
}
