package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface OrderLineMapper extends BaseMapper<OrderLineRow> {

    @Delete("""
            <script>
            DELETE FROM order_line
            WHERE order_no IN <foreach collection="orderNos" item="no" open="(" separator="," close=")">#{no}</foreach>
            </script>""")
    int deleteByOrderNos(@Param("orderNos") Collection<String> orderNos);

    @Insert("""
            <script>
            INSERT INTO order_line (order_no, line_no, sku, platform_sku, title, quantity, unit, unit_price,
              discount_share, gift, refund_state, batch_no)
            VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{r.orderNo}, #{r.lineNo}, #{r.sku}, #{r.platformSku}, #{r.title}, #{r.quantity}, #{r.unit},
               #{r.unitPrice}, #{r.discountShare}, #{r.gift}, #{r.refundState}, #{r.batchNo})
            </foreach>
            </script>""")
    int insertBatch(@Param("rows") List<OrderLineRow> rows);
}
