package io.orderhub.sync.engine;

import io.orderhub.sync.channel.RawOrder;
import io.orderhub.sync.channel.TimeWindow;
import java.util.List;

/** Where the window walker hands the pages it walked, in walking order. */
interface PageSink {

    /**
     * One page's orders.
     *
     * @param completes the window this page completes (its last page to be read), or null mid-window
     */
    void accept(List<RawOrder> orders, TimeWindow completes);

    /** Writes whatever is pending now: the walker is about to stop. */
    void flush();
}
