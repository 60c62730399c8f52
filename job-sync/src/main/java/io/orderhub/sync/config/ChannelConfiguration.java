package io.orderhub.sync.config;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.order.Channel;
import io.orderhub.common.retry.Sleeper;
import io.orderhub.sync.channel.ChannelAdapter;
import io.orderhub.sync.channel.ChannelAdapters;
import io.orderhub.sync.channel.ChannelPlugin;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.channel.http.Pacing;
import io.orderhub.sync.metrics.SyncMeters;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the one HTTP client from every platform plugin, then the adapters on top of it. */
@Configuration
@EnableConfigurationProperties(SyncProperties.class)
public class ChannelConfiguration {

    @Bean
    ChannelHttp channelHttp(HttpClientFactory http, List<ChannelPlugin> plugins, SyncProperties properties,
            Clock clock, SyncMeters meters) {
        Map<Channel, Pacing.Limit> defaultPacing = plugins.stream()
                .collect(Collectors.toMap(ChannelPlugin::channel, ChannelPlugin::defaultPacing));
        return new ChannelHttp(http,
                plugins.stream().collect(Collectors.toMap(ChannelPlugin::channel, ChannelPlugin::signer)),
                plugins.stream().collect(Collectors.toMap(ChannelPlugin::channel, ChannelPlugin::errors)),
                new Pacing(properties.pacingLimits(defaultPacing), System::nanoTime),
                properties.retry().policy(), clock, Sleeper.REAL, properties.timeout(), meters);
    }

    @Bean
    ChannelAdapters channelAdapters(List<ChannelPlugin> plugins, ChannelHttp http) {
        Map<Channel, ChannelAdapter> adapters = new EnumMap<>(Channel.class);
        plugins.forEach(plugin -> adapters.put(plugin.channel(), plugin.adapter(http)));
        return new ChannelAdapters(adapters);
    }
}
