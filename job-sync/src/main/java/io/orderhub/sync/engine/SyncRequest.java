package io.orderhub.sync.engine;

import io.orderhub.common.order.Channel;
import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The {@code channelOrderSync} job parameter, e.g. {@code {"channels":["JD","PDD"]}} or a backfill
 * {@code {"channels":["TAOBAO"],"shops":["1001"],"from":"2026-11-10T00:00:00","to":"2026-11-12T00:00:00"}}.
 * Empty lists mean "all enabled".
 *
 * @param from start of a backfill (GMT+8, ISO {@code yyyy-MM-ddTHH:mm:ss}); absent = incremental from the cursor
 * @param to   end of a backfill, required with {@code from}
 * @param rewrite with a backfill only: also rewrite orders the platform has not changed since they were stored
 *                (after a mapping fix, e.g. {@code {"channels":["DOUYIN"],"from":…,"to":…,"rewrite":true}})
 */
public record SyncRequest(List<Channel> channels, List<String> shops, LocalDateTime from, LocalDateTime to,
                          Boolean rewrite) {

    public SyncRequest {
        channels = channels == null ? List.of() : List.copyOf(channels);
        shops = shops == null ? List.of() : List.copyOf(shops);
        rewrite = Boolean.TRUE.equals(rewrite);
    }

    public SyncRequest(List<Channel> channels, List<String> shops, LocalDateTime from, LocalDateTime to) {
        this(channels, shops, from, to, false);
    }

    public static SyncRequest all() {
        return new SyncRequest(List.of(), List.of(), null, null);
    }

    @AssertTrue(message = "a backfill needs both 'from' and 'to', with 'to' after 'from'")
    public boolean isTo() {
        return from == null && to == null || from != null && to != null && to.isAfter(from);
    }

    @AssertTrue(message = "'rewrite' applies to a backfill only: give 'from' and 'to'")
    public boolean isRewrite() {
        return !rewrite || from != null;
    }

    public boolean backfill() {
        return from != null;
    }
}
