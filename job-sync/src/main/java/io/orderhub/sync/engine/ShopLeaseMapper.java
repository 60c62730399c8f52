package io.orderhub.sync.engine;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ShopLeaseMapper {

    @Insert("""
            INSERT INTO shop_sync_lease (channel, shop_id, holder, expires_at)
            VALUES (#{channel}, #{shopId}, NULL, #{now})
            ON DUPLICATE KEY UPDATE channel = channel
            """)
    void ensureRow(@Param("channel") String channel, @Param("shopId") String shopId, @Param("now") LocalDateTime now);

    /** Takes a free or expired lease (or renews our own). Returns the number of rows matched: 1 = ours. */
    @Update("""
            UPDATE shop_sync_lease SET holder = #{holder}, expires_at = #{until}
            WHERE channel = #{channel} AND shop_id = #{shopId}
              AND (holder IS NULL OR holder = #{holder} OR expires_at < #{now})
            """)
    int acquire(@Param("channel") String channel, @Param("shopId") String shopId, @Param("holder") String holder,
            @Param("now") LocalDateTime now, @Param("until") LocalDateTime until);

    /** Who holds the shop's lease and until when (for the skipped run's report). */
    record Holder(String holder, LocalDateTime expiresAt) {
    }

    @Select("SELECT holder, expires_at FROM shop_sync_lease WHERE channel = #{channel} AND shop_id = #{shopId}")
    Holder holder(@Param("channel") String channel, @Param("shopId") String shopId);

    /** Extends our lease only while it is still ours and unexpired: the fence of every page transaction. */
    @Update("""
            UPDATE shop_sync_lease SET expires_at = #{until}
            WHERE channel = #{channel} AND shop_id = #{shopId} AND holder = #{holder} AND expires_at >= #{now}
            """)
    int renew(@Param("channel") String channel, @Param("shopId") String shopId, @Param("holder") String holder,
            @Param("now") LocalDateTime now, @Param("until") LocalDateTime until);

    @Update("""
            UPDATE shop_sync_lease SET holder = NULL, expires_at = #{now}
            WHERE channel = #{channel} AND shop_id = #{shopId} AND holder = #{holder}
            """)
    int release(@Param("channel") String channel, @Param("shopId") String shopId, @Param("holder") String holder,
            @Param("now") LocalDateTime now);
}
