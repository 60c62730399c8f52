package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RawPayloadMapper extends BaseMapper<RawPayloadRow> {

    /** Keeps one row per distinct payload: seeing the same bad payload again counts an attempt, it is not a new row. */
    @Insert("""
            <script>
            INSERT INTO raw_payload (channel, shop_id, kind, platform_order_id, received_at, content_hash, body_gzip,
              state, reason, failing_field, detail, attempts, updated_at)
            VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{r.channel}, #{r.shopId}, #{r.kind}, #{r.platformOrderId}, #{r.receivedAt}, #{r.contentHash},
               #{r.bodyGzip}, #{r.state}, #{r.reason}, #{r.failingField}, #{r.detail}, 1, #{r.updatedAt})
            </foreach>
            ON DUPLICATE KEY UPDATE
              state = VALUES(state), reason = VALUES(reason), failing_field = VALUES(failing_field),
              detail = VALUES(detail), attempts = attempts + 1, updated_at = VALUES(updated_at)
            </script>""")
    int upsertBatch(@Param("rows") List<RawPayloadRow> rows);
}
