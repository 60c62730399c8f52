package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface UnifiedOrderMapper extends BaseMapper<UnifiedOrderRow> {

    @Select("""
            <script>
            SELECT order_no, status, platform_modified_at FROM unified_order
            WHERE order_no IN <foreach collection="orderNos" item="no" open="(" separator="," close=")">#{no}</foreach>
            </script>""")
    List<StoredOrderVersion> selectVersions(@Param("orderNos") Collection<String> orderNos);

    /**
     * Multi-row upsert. The guard makes it safe against any writer racing us: a row only changes when the incoming
     * platform modified time is newer, and {@code platform_modified_at} is assigned last because MariaDB evaluates
     * the assignments left to right against the already-updated row.
     */
    @Insert("""
            <script>
            INSERT INTO unified_order (order_no, channel, shop_id, platform_order_id, status, platform_status,
              refund_state, on_hold, goods_amount, discount_amount, freight_amount, tax_amount, paid_amount, currency,
              created_at, paid_at, platform_modified_at, promised_ship_by, shipped_at, delivered_at, presale,
              presale_delivery_date, cross_border, buyer_ref_masked, version, synced_at)
            VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{r.orderNo}, #{r.channel}, #{r.shopId}, #{r.platformOrderId}, #{r.status}, #{r.platformStatus},
               #{r.refundState}, #{r.onHold}, #{r.goodsAmount}, #{r.discountAmount}, #{r.freightAmount},
               #{r.taxAmount}, #{r.paidAmount}, #{r.currency}, #{r.createdAt}, #{r.paidAt}, #{r.platformModifiedAt},
               #{r.promisedShipBy}, #{r.shippedAt}, #{r.deliveredAt}, #{r.presale}, #{r.presaleDeliveryDate},
               #{r.crossBorder}, #{r.buyerRefMasked}, 1, #{r.syncedAt})
            </foreach>
            ON DUPLICATE KEY UPDATE
              status = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(status) ELSE status END,
              platform_status = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(platform_status) ELSE platform_status END,
              refund_state = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(refund_state) ELSE refund_state END,
              on_hold = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(on_hold) ELSE on_hold END,
              goods_amount = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(goods_amount) ELSE goods_amount END,
              discount_amount = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(discount_amount) ELSE discount_amount END,
              freight_amount = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(freight_amount) ELSE freight_amount END,
              tax_amount = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(tax_amount) ELSE tax_amount END,
              paid_amount = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(paid_amount) ELSE paid_amount END,
              currency = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(currency) ELSE currency END,
              paid_at = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(paid_at) ELSE paid_at END,
              promised_ship_by = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(promised_ship_by) ELSE promised_ship_by END,
              shipped_at = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(shipped_at) ELSE shipped_at END,
              delivered_at = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(delivered_at) ELSE delivered_at END,
              presale = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(presale) ELSE presale END,
              presale_delivery_date = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(presale_delivery_date) ELSE presale_delivery_date END,
              cross_border = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(cross_border) ELSE cross_border END,
              buyer_ref_masked = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(buyer_ref_masked) ELSE buyer_ref_masked END,
              version = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN version + 1 ELSE version END,
              synced_at = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(synced_at) ELSE synced_at END,
              platform_modified_at = CASE WHEN VALUES(platform_modified_at) &gt; platform_modified_at THEN VALUES(platform_modified_at) ELSE platform_modified_at END
            </script>""")
    int upsertBatch(@Param("rows") List<UnifiedOrderRow> rows);
}
