package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A row of {@code raw_payload}: a payload kept raw (gzip) with the reason it could not be processed. */
@TableName("raw_payload")
public class RawPayloadRow {
    @TableId(type = IdType.AUTO)
    public Long id;
    public String channel;
    public String shopId;
    public String kind;
    public String platformOrderId;
    public LocalDateTime receivedAt;
    public String contentHash;
    public byte[] bodyGzip;
    public String state;
    public String reason;
    public String failingField;
    public String detail;
    public int attempts;
    public LocalDateTime updatedAt;
}
