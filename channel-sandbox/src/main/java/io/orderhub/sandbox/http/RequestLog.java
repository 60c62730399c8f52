package io.orderhub.sandbox.http;

import io.orderhub.sandbox.Channel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The order APIs' access log, as a platform keeps one: every request a gateway received, in arrival order, with the
 * shop its token belongs to and its parameters (signature and token left out). Tests judge the client's behaviour
 * from it — which windows and pages it asked for, and when — without trusting the client's own account. Keeps the
 * newest {@link #CAPACITY} requests.
 */
public final class RequestLog {
    public static final int CAPACITY = 200_000;
    private static final Set<String> TOKEN_PARAMETERS = Set.of("access_token", "session");
    private static final Set<String> LEFT_OUT = Set.of("sign", "access_token", "session", "app_secret");

    /** One received request; {@code shopId} is empty when its token names no shop of the sandbox. */
    public record Entry(Instant receivedAt, Channel channel, Optional<String> shopId, Map<String, String> parameters) {

        public String parameter(String name) {
            return parameters.get(name);
        }
    }

    private final Clock wallClock;
    private final BiFunction<Channel, String, Optional<String>> shopOfToken;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();

    public RequestLog(Clock wallClock, BiFunction<Channel, String, Optional<String>> shopOfToken) {
        this.wallClock = wallClock;
        this.shopOfToken = shopOfToken;
    }

    void record(Channel channel, Map<String, String> parameters) {
        Optional<String> shop = Optional.empty();
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (TOKEN_PARAMETERS.contains(parameter.getKey()) && shop.isEmpty()) {
                shop = shopOfToken.apply(channel, parameter.getValue());
            }
            if (!LEFT_OUT.contains(parameter.getKey())) {
                kept.put(parameter.getKey(), parameter.getValue());
            }
        }
        Entry entry = new Entry(wallClock.instant(), channel, shop, Map.copyOf(kept));
        synchronized (entries) {
            if (entries.size() == CAPACITY) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
    }

    /** The requests for one shop, oldest first. */
    public List<Entry> of(Channel channel, String shopId) {
        synchronized (entries) {
            return entries.stream()
                    .filter(entry -> entry.channel() == channel && entry.shopId().filter(shopId::equals).isPresent())
                    .toList();
        }
    }
}
