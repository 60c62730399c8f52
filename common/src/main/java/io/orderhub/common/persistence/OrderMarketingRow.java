package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;

/** A row of {@code order_marketing}. */
@TableName("order_marketing")
public class OrderMarketingRow {
    @TableId(type = IdType.AUTO)
    public Long id;
    public String orderNo;
    public int seq;
    public String type;
    public String fundedBy;
    public String name;
    public BigDecimal amount;
}
