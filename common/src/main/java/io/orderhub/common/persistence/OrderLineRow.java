package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;

/** A row of {@code order_line}. */
@TableName("order_line")
public class OrderLineRow {
    @TableId(type = IdType.AUTO)
    public Long id;
    public String orderNo;
    public int lineNo;
    public String sku;
    public String platformSku;
    public String title;
    public int quantity;
    public String unit;
    public BigDecimal unitPrice;
    public BigDecimal discountShare;
    public boolean gift;
    public String refundState;
    public String batchNo;
}
