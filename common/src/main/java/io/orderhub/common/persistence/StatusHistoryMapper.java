package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface StatusHistoryMapper extends BaseMapper<StatusHistoryRow> {

    @Insert("""
            <script>
            INSERT INTO order_status_history (order_no, from_status, to_status, changed_at, source, recorded_at)
            VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{r.orderNo}, #{r.fromStatus}, #{r.toStatus}, #{r.changedAt}, #{r.source}, #{r.recordedAt})
            </foreach>
            </script>""")
    int insertBatch(@Param("rows") List<StatusHistoryRow> rows);
}
