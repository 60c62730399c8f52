package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A row of {@code order_status_history}: one status transition of one order. */
@TableName("order_status_history")
public class StatusHistoryRow {
    @TableId(type = IdType.AUTO)
    public Long id;
    public String orderNo;
    public String fromStatus;
    public String toStatus;
    public LocalDateTime changedAt;
    public String source;
    public LocalDateTime recordedAt;
}
