package io.orderhub.monitor.watch;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * Job parameter of {@code syncLagWatch} and {@code failureSpikeWatch}: {@code {"channels":["TAOBAO"]}} narrows the
 * run to some channels (or, for callbacks without a channel, sources such as ALIPAY); blank = all. Alerts of other
 * channels are left as they are.
 */
public record WatchRequest(@Size(max = 32) List<@NotBlank String> channels) {

    public WatchRequest {
        channels = channels == null ? List.of() : channels.stream().map(c -> c == null ? "" : c.trim().toUpperCase(Locale.ROOT)).toList();
    }

    public boolean covers(String channel) {
        return channels.isEmpty() || channels.contains(channel);
    }
}
