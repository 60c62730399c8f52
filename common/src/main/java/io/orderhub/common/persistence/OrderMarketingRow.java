package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;

/**
 * A row of {@code order_marketing}, keyed by {@code (order_no, seq)}: a composite key MyBatis-Plus cannot name, so it
 * has no {@code @TableId} (read and deleted by order number only; the writer inserts through plain JDBC).
 */
@TableName("order_marketing")
public class OrderMarketingRow {
    public String orderNo;
    public int seq;
    public String type;
    public String fundedBy;
    public String name;
    public BigDecimal amount;
}
