package io.orderhub.sync.engine;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface SyncCursorMapper {

    @Select("SELECT cursor_modified_at FROM sync_cursor WHERE channel = #{channel} AND shop_id = #{shopId}")
    LocalDateTime find(@Param("channel") String channel, @Param("shopId") String shopId);

    /**
     * Moves the cursor forward only: a late or repeated commit never moves it back. The cursor is a window end; the
     * overlap the next run re-reads before it settles orders that share a modified time (no order id tie-break).
     */
    @Insert("""
            INSERT INTO sync_cursor (channel, shop_id, cursor_modified_at, updated_at)
            VALUES (#{channel}, #{shopId}, #{modifiedAt}, #{now})
            ON DUPLICATE KEY UPDATE
              updated_at = VALUES(updated_at),
              cursor_modified_at = CASE WHEN VALUES(cursor_modified_at) > cursor_modified_at
                                        THEN VALUES(cursor_modified_at) ELSE cursor_modified_at END
            """)
    void advance(@Param("channel") String channel, @Param("shopId") String shopId,
            @Param("modifiedAt") LocalDateTime modifiedAt, @Param("now") LocalDateTime now);
}
