package io.orderhub.sync.shop;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ChannelShopMapper extends BaseMapper<ChannelShopRow> {

    /** Adds the shop, or updates what registration sets and keeps what an operator changed since (enabled, callback algorithm). */
    @Insert("""
            INSERT INTO channel_shop (channel, shop_id, display_name, app_key, app_secret_ref, access_token_ref,
                api_base_url, sync_page_size, sync_overlap_seconds, sync_start_at, created_at, updated_at)
            VALUES (#{shop.channel}, #{shop.shopId}, #{shop.displayName}, #{shop.appKey}, #{shop.appSecretRef},
                #{shop.accessTokenRef}, #{shop.apiBaseUrl}, #{shop.syncPageSize}, #{shop.syncOverlapSeconds},
                #{shop.syncStartAt}, #{at}, #{at})
            ON DUPLICATE KEY UPDATE display_name = VALUES(display_name), app_key = VALUES(app_key),
                app_secret_ref = VALUES(app_secret_ref), access_token_ref = VALUES(access_token_ref),
                api_base_url = VALUES(api_base_url), sync_start_at = VALUES(sync_start_at),
                updated_at = VALUES(updated_at)""")
    int register(@Param("shop") ShopRegistration shop, @Param("at") LocalDateTime at);

    /** Adds a shop as onboarding validated it; fails on an existing (channel, shop_id). */
    @Insert("""
            INSERT INTO channel_shop (channel, shop_id, display_name, app_key, app_secret_ref, access_token_ref,
                api_base_url, enabled, sync_page_size, sync_overlap_seconds, sync_start_at, callback_sign_method,
                created_at, updated_at)
            VALUES (#{shop.channel}, #{shop.shopId}, #{shop.displayName}, #{shop.appKey}, #{shop.appSecretRef},
                #{shop.accessTokenRef}, #{shop.apiBaseUrl}, #{shop.enabled}, #{shop.syncPageSize},
                #{shop.syncOverlapSeconds}, #{shop.syncStartAt}, #{shop.callbackSignMethod}, #{at}, #{at})""")
    int add(@Param("shop") ChannelShopRow shop, @Param("at") LocalDateTime at);

    /**
     * Writes what onboarding may change of an existing shop; the push algorithm and its legacy window are changed
     * only through signature adoption (audited), never here.
     */
    @Update("""
            UPDATE channel_shop SET display_name = #{shop.displayName}, app_key = #{shop.appKey},
                app_secret_ref = #{shop.appSecretRef}, access_token_ref = #{shop.accessTokenRef},
                api_base_url = #{shop.apiBaseUrl}, enabled = #{shop.enabled}, sync_page_size = #{shop.syncPageSize},
                sync_overlap_seconds = #{shop.syncOverlapSeconds}, sync_start_at = #{shop.syncStartAt},
                updated_at = #{at}
            WHERE channel = #{shop.channel} AND shop_id = #{shop.shopId}""")
    int updateSettings(@Param("shop") ChannelShopRow shop, @Param("at") LocalDateTime at);

    @Update("UPDATE channel_shop SET enabled = FALSE, updated_at = #{at} WHERE channel = #{channel} AND shop_id = #{shopId}")
    int disable(@Param("channel") String channel, @Param("shopId") String shopId, @Param("at") LocalDateTime at);

    @Update("UPDATE channel_shop SET callback_sign_method = #{method}, updated_at = #{at} "
            + "WHERE channel = #{channel} AND shop_id = #{shopId}")
    int changeCallbackSignMethod(@Param("channel") String channel, @Param("shopId") String shopId,
            @Param("method") String method, @Param("at") LocalDateTime at);

    @Update("UPDATE channel_shop SET enabled = FALSE, updated_at = #{at} WHERE api_base_url = #{apiBaseUrl}")
    int disableShopsAt(@Param("apiBaseUrl") String apiBaseUrl, @Param("at") LocalDateTime at);
}
