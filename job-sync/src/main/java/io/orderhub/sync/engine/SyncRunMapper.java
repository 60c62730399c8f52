package io.orderhub.sync.engine;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface SyncRunMapper {

    /** One finished shop run; monitors read these for lag, failure spikes and throughput. */
    @Insert("""
            INSERT INTO sync_run (run_id, channel, shop_id, mode, started_at, finished_at, outcome, window_from,
              window_to, cursor_before, cursor_after, windows, pages, orders_new, orders_updated, orders_unchanged,
              quarantined, calls, retries, rate_limited, failure_reason, failure_detail)
            VALUES (#{runId}, #{channel}, #{shopId}, #{mode}, #{startedAt}, #{finishedAt}, #{r.outcome},
              #{r.windowFrom}, #{r.windowTo}, #{r.cursorBefore}, #{r.cursorAfter}, #{r.windows}, #{pages},
              #{r.inserted}, #{r.updated}, #{r.unchanged}, #{quarantined}, #{r.calls}, #{r.retries}, #{r.rateLimited},
              #{r.failureReason}, #{failureDetail})
            """)
    void insert(@Param("runId") String runId, @Param("channel") String channel, @Param("shopId") String shopId,
            @Param("mode") String mode, @Param("startedAt") LocalDateTime startedAt,
            @Param("finishedAt") LocalDateTime finishedAt, @Param("r") ShopSyncReport report,
            @Param("pages") int pages, @Param("quarantined") int quarantined,
            @Param("failureDetail") String failureDetail);

    /** The failure reason of the shop's latest recorded run (null when it did not fail or never ran). */
    @Select("""
            SELECT failure_reason FROM sync_run WHERE channel = #{channel} AND shop_id = #{shopId}
            ORDER BY started_at DESC, id DESC LIMIT 1
            """)
    String lastFailureReason(@Param("channel") String channel, @Param("shopId") String shopId);
}
