package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;

/**
 * A row of {@code order_line}, keyed by {@code (order_no, line_no)}: a composite key MyBatis-Plus cannot name, so it
 * has no {@code @TableId} (read and deleted by order number only; the writer inserts through plain JDBC).
 */
@TableName("order_line")
public class OrderLineRow {
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
