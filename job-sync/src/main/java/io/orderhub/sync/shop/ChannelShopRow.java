package io.orderhub.sync.shop;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A row of {@code channel_shop}: a shop we sync, with references (never values) to its secrets. */
@TableName("channel_shop")
public class ChannelShopRow {
    @TableId(type = IdType.AUTO)
    public Long id;
    public String channel;
    public String shopId;
    public String displayName;
    public String appKey;
    public String appSecretRef;
    public String accessTokenRef;
    public String apiBaseUrl;
    public boolean enabled;
    public int syncPageSize;
    public int syncOverlapSeconds;
    public LocalDateTime syncStartAt;
    public String callbackSignMethod;
    public String callbackLegacySignMethod;
    public LocalDateTime callbackLegacyUntil;
    public LocalDateTime createdAt;
    public LocalDateTime updatedAt;
}
