package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface OrderMarketingMapper extends BaseMapper<OrderMarketingRow> {

    @Delete("""
            <script>
            DELETE FROM order_marketing
            WHERE order_no IN <foreach collection="orderNos" item="no" open="(" separator="," close=")">#{no}</foreach>
            </script>""")
    int deleteByOrderNos(@Param("orderNos") Collection<String> orderNos);

    @Insert("""
            <script>
            INSERT INTO order_marketing (order_no, seq, type, funded_by, name, amount)
            VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{r.orderNo}, #{r.seq}, #{r.type}, #{r.fundedBy}, #{r.name}, #{r.amount})
            </foreach>
            </script>""")
    int insertBatch(@Param("rows") List<OrderMarketingRow> rows);
}
