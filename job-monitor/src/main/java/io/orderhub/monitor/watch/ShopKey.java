package io.orderhub.monitor.watch;

import java.util.Locale;
import java.util.Map;

/**
 * A channel and shop as alerts label them. Callbacks without an order channel (payment notifications) are keyed
 * by their source and gateway instead, so they are still counted somewhere an operator can find them.
 */
record ShopKey(String channel, String shop) implements Comparable<ShopKey> {

    Map<String, String> labels() {
        return Map.of("channel", channel, "shop", shop);
    }

    /** How summaries name it: {@code taobao shop 1001}. */
    String text() {
        return channel.toLowerCase(Locale.ROOT) + " shop " + shop;
    }

    @Override
    public int compareTo(ShopKey other) {
        int byChannel = channel.compareTo(other.channel);
        return byChannel != 0 ? byChannel : shop.compareTo(other.shop);
    }

    @Override
    public String toString() {
        return channel + "/" + shop;
    }
}
