package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code unified_order}. Mutable because MyBatis maps into it; the domain uses {@link io.orderhub.common.order.UnifiedOrder}. */
@TableName("unified_order")
public class UnifiedOrderRow {
    @TableId(type = IdType.AUTO)
    public Long id;
    public String orderNo;
    public String channel;
    public String shopId;
    public String platformOrderId;
    public String status;
    public String platformStatus;
    public String refundState;
    public boolean onHold;
    public BigDecimal goodsAmount;
    public BigDecimal discountAmount;
    public BigDecimal freightAmount;
    public BigDecimal taxAmount;
    public BigDecimal paidAmount;
    public String currency;
    public LocalDateTime createdAt;
    public LocalDateTime paidAt;
    public LocalDateTime platformModifiedAt;
    public LocalDateTime promisedShipBy;
    public LocalDateTime shippedAt;
    public LocalDateTime deliveredAt;
    public boolean presale;
    public LocalDate presaleDeliveryDate;
    public boolean crossBorder;
    public String buyerRefMasked;
    public String buyerRemark;
    public String sellerMemo;
    public String receiverRegion;
    public int version;
    public LocalDateTime syncedAt;
}
