package io.orderhub.sync.status;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A row of {@code status_mapping}. */
@TableName("status_mapping")
public class StatusMappingRow {
    @TableId(type = IdType.AUTO)
    public Long id;
    public String channel;
    public String kind;
    public String platformValue;
    public String unifiedValue;
    public boolean onHold;
    public String note;
}
