package io.orderhub.sync.channel;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.order.Channel;
import io.orderhub.common.retry.RetryPolicy;
import io.orderhub.common.retry.Sleeper;
import io.orderhub.sync.channel.http.ChannelCallListener;
import io.orderhub.sync.channel.http.ChannelHttp;
import io.orderhub.sync.channel.http.Pacing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The production HTTP stack for adapter tests: fixed clock, no real sleeping, generous pacing. */
public final class ChannelHttpFixture {

    public static final Instant NOW = Instant.parse("2024-01-15T02:30:00Z"); // 10:30 GMT+8
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    private ChannelHttpFixture() {
    }

    public static ChannelHttp http(List<ChannelPlugin> plugins, Sleeper sleeper) {
        return http(plugins, sleeper, ChannelCallListener.NONE);
    }

    public static ChannelHttp http(List<ChannelPlugin> plugins, Sleeper sleeper, ChannelCallListener listener) {
        Map<Channel, Pacing.Limit> limits = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            limits.put(channel, new Pacing.Limit(10_000, 10_000));
        }
        return new ChannelHttp(new HttpClientFactory(),
                plugins.stream().collect(Collectors.toMap(ChannelPlugin::channel, ChannelPlugin::signer)),
                plugins.stream().collect(Collectors.toMap(ChannelPlugin::channel, ChannelPlugin::errors)),
                new Pacing(limits, System::nanoTime),
                RetryPolicy.attempts(3).backOff(Duration.ofMillis(1), Duration.ofSeconds(30)).jitter(0.5).build(), CLOCK, sleeper, Duration.ofSeconds(2),
                listener);
    }

    public static ChannelHttp http(ChannelPlugin plugin) {
        return http(List.of(plugin), duration -> { });
    }
}
