package io.orderhub.sync.engine;

import io.orderhub.sync.channel.OrderPage;
import io.orderhub.sync.channel.TimeWindow;

/** Where the window walker reads a shop's pages: one page now, or a whole walk from the last page to the first. */
interface PageSource {

    /** Page {@code pageNo} (1-based) of the window, fetched now. */
    OrderPage fetch(TimeWindow window, int pageNo);

    /** Pages {@code lastPageNo}, {@code lastPageNo - 1}, …, 1 of the window, in that order; here one after another. */
    default PageWalk walkBack(TimeWindow window, int lastPageNo) {
        int[] next = {lastPageNo};
        return () -> fetch(window, next[0]--);
    }

    /** The pages of one backward walk, handed out last to first. */
    @FunctionalInterface
    interface PageWalk {
        OrderPage next();
    }
}
