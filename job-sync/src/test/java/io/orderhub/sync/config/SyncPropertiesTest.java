package io.orderhub.sync.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.ChannelPlugin;
import io.orderhub.sync.channel.douyin.DouyinChannel;
import io.orderhub.sync.channel.http.Pacing;
import io.orderhub.sync.channel.jd.JdChannel;
import io.orderhub.sync.channel.pdd.PddChannel;
import io.orderhub.sync.channel.taobao.TaobaoChannel;
import io.orderhub.sync.channel.taobao.TaobaoSigner;
import io.orderhub.sync.channel.taobao.TaobaoSyncProperties;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code oms.sync.*} as an operator writes it, bound the way Spring Boot binds it at start-up. */
class SyncPropertiesTest {

    private static final List<ChannelPlugin> PLUGINS = List.of(new TaobaoChannel(TaobaoSigner.Method.HMAC_SHA256),
            new JdChannel(), new DouyinChannel(), new PddChannel());

    private static <T> T bind(Class<T> type, Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("oms.sync", type);
    }

    private static Map<Channel, Pacing.Limit> channelDefaults() {
        return PLUGINS.stream().collect(Collectors.toMap(ChannelPlugin::channel, ChannelPlugin::defaultPacing));
    }

    @Test
    void withoutConfigurationEachChannelPacesAtItsPublishedLimit() {
        Map<Channel, Pacing.Limit> limits = bind(SyncProperties.class, Map.of()).pacingLimits(channelDefaults());

        assertThat(limits).containsOnlyKeys(Channel.values());
        assertThat(limits.get(Channel.TAOBAO)).isEqualTo(new Pacing.Limit(40, 20));
        assertThat(limits.get(Channel.JD)).isEqualTo(new Pacing.Limit(10, 5));
        assertThat(limits.get(Channel.DOUYIN)).isEqualTo(new Pacing.Limit(20, 10));
        assertThat(limits.get(Channel.PDD)).isEqualTo(new Pacing.Limit(5, 1));
    }

    @Test
    void configuredPacingReplacesOnlyTheChannelItNames() {
        Map<Channel, Pacing.Limit> limits = bind(SyncProperties.class,
                Map.of("oms.sync.pacing.PDD.rate-per-second", "3")).pacingLimits(channelDefaults());

        assertThat(limits.get(Channel.PDD)).isEqualTo(new Pacing.Limit(3, 1));
        assertThat(limits.get(Channel.JD)).isEqualTo(new Pacing.Limit(10, 5));
    }

    @Test
    void taobaoSignMethodKeepsItsKeyAndDefault() {
        assertThat(bind(TaobaoSyncProperties.class, Map.of()).taobaoSignMethod())
                .isEqualTo(TaobaoSigner.Method.HMAC_SHA256);
        assertThat(bind(TaobaoSyncProperties.class, Map.of("oms.sync.taobao-sign-method", "MD5")).taobaoSignMethod())
                .isEqualTo(TaobaoSigner.Method.MD5);
    }
}
