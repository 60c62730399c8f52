package io.orderhub.sync.shop;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import io.orderhub.common.job.Shard;
import io.orderhub.common.order.Channel;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.sync.channel.ChannelPlugin;
import io.orderhub.sync.channel.ShopCredentials;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The one store of {@code channel_shop}: the enabled shops with their secrets resolved from the environment at call
 * time, and the registration of shops (times set by the suite, GMT+8, never the database's clock).
 */
@Component
public class ShopDirectory {

    private final ChannelShopMapper mapper;
    private final SecretResolver secrets;
    /** The platforms' production API hosts, used when a shop has no {@code api_base_url} of its own. */
    private final Map<Channel, HttpUrl> productionGateways;

    public ShopDirectory(ChannelShopMapper mapper, SecretResolver secrets, List<ChannelPlugin> plugins) {
        this.mapper = mapper;
        this.secrets = secrets;
        this.productionGateways = plugins.stream()
                .collect(Collectors.toUnmodifiableMap(ChannelPlugin::channel, ChannelPlugin::productionGateway));
    }

    /** Enabled shops, narrowed to the given channels and shop ids when those are not empty; stable order. */
    public List<ChannelShopRow> enabled(Collection<Channel> channels, Collection<String> shopIds) {
        QueryWrapper<ChannelShopRow> query = new QueryWrapper<ChannelShopRow>()
                .eq("enabled", true)
                .in(!channels.isEmpty(), "channel", channels.stream().map(Channel::name).toList())
                .in(!shopIds.isEmpty(), "shop_id", shopIds)
                .orderByAsc("channel", "shop_id");
        return mapper.selectList(query);
    }

    /** The enabled shops of {@link #enabled} that this executor's shard owns (XXL-JOB sharding broadcast). */
    public List<ChannelShopRow> enabledOnShard(Collection<Channel> channels, Collection<String> shopIds, Shard shard) {
        return enabled(channels, shopIds).stream()
                .filter(row -> shard.owns(row.channel + "/" + row.shopId))
                .toList();
    }

    /** A shop by channel and id, enabled or not (a disabled shop's pushes are still received and kept). */
    public Optional<ChannelShopRow> find(Channel channel, String shopId) {
        return Optional.ofNullable(mapper.selectOne(new QueryWrapper<ChannelShopRow>()
                .eq("channel", channel.name()).eq("shop_id", shopId)));
    }

    /** Every shop, enabled or not, by channel and shop id. */
    public List<ChannelShopRow> all() {
        return mapper.selectList(new QueryWrapper<ChannelShopRow>().orderByAsc("channel", "shop_id"));
    }

    /** Adds a shop an operator onboarded; false when the channel already has a shop with that id. */
    public boolean add(ChannelShopRow shop, LocalDateTime at) {
        try {
            return mapper.add(shop, at) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Writes an onboarded shop's settings (not its push algorithm, see the mapper); false when there is none. */
    public boolean update(ChannelShopRow shop, LocalDateTime at) {
        return mapper.updateSettings(shop, at) == 1;
    }

    /** Stops syncing the shop (its pushes are still received and kept); false when there is no such shop. */
    public boolean disable(Channel channel, String shopId, LocalDateTime at) {
        return mapper.disable(channel.name(), shopId, at) == 1;
    }

    /** The API host a shop is called at: its own {@code api_base_url}, or the platform's production gateway. */
    public HttpUrl gateway(Channel channel, String apiBaseUrl) {
        return apiBaseUrl == null || apiBaseUrl.isBlank() ? productionGateways.get(channel) : HttpUrl.get(apiBaseUrl);
    }

    /** Registers a shop, or refreshes its registration keeping what an operator changed since (see the mapper). */
    public void register(ShopRegistration shop, LocalDateTime at) {
        mapper.register(shop, at);
    }

    /**
     * Sets the algorithm the shop's pushes are verified with ({@code callback_sign_method}); false when there is no
     * such shop. Audited by the caller (signature migrations record every change in {@code signature_method_change}).
     */
    public boolean changeCallbackSignMethod(Channel channel, String shopId, String method, LocalDateTime at) {
        return mapper.changeCallbackSignMethod(channel.name(), shopId, method, at) == 1;
    }

    /** Disables every shop whose API base URL is this one (e.g. the sandbox a stress run used); how many. */
    public int disableShopsAt(HttpUrl apiBaseUrl, LocalDateTime at) {
        return mapper.disableShopsAt(apiBaseUrl.toString(), at);
    }

    /** Resolves one secret reference of a shop; the error names the shop and the column, never a value. */
    public String secret(ChannelShopRow row, String reference, String column) {
        return secrets.resolve(reference, "channel_shop " + row.channel + "/" + row.shopId + " " + column);
    }

    /** Resolves the shop's secrets; fails naming the shop and the reference (never a value) when one is missing. */
    public SyncShop resolve(ChannelShopRow row) {
        Channel channel = Channel.valueOf(row.channel);
        String owner = "channel_shop " + row.channel + "/" + row.shopId;
        HttpUrl gateway = gateway(channel, row.apiBaseUrl);
        ShopCredentials credentials = new ShopCredentials(channel, row.shopId, row.appKey,
                secrets.resolve(row.appSecretRef, owner + " app_secret_ref"),
                secrets.resolve(row.accessTokenRef, owner + " access_token_ref"), gateway);
        return new SyncShop(credentials, row.syncPageSize, Duration.ofSeconds(row.syncOverlapSeconds), row.syncStartAt);
    }
}
