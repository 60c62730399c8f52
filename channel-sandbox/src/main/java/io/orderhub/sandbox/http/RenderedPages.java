package io.orderhub.sandbox.http;

import io.orderhub.sandbox.Channel;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.util.RawValue;

/**
 * The order lists of order-list pages, rendered once and kept ({@code --cache-pages}): a benchmark that repeats the
 * same sync would otherwise measure the simulator re-rendering the same orders on the benchmark's own cores, which
 * a real (remote) platform does not cost it. Only the list of orders is kept, as UTF-8 JSON: every request is still
 * signed and checked, rate-limited and faulted, its window still looked up (repeated, shuffled and moving pages still
 * happen), and the envelope (totals, {@code has_next}, request id) still rendered.
 *
 * <p>A page is keyed by what decides its content ({@link Key}), not by the request's window bounds: the sync's last
 * window ends at its wall clock, so the same orders come back under another {@code end_modified} in every run.
 * Entries are added until {@code budgetBytes} of bodies are kept; further pages are rendered each time.
 */
public final class RenderedPages {
    private final boolean enabled;
    private final long budgetBytes;
    private final ConcurrentHashMap<Key, byte[]> pages = new ConcurrentHashMap<>();
    private final AtomicLong keptBytes = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    private RenderedPages(boolean enabled, long budgetBytes) {
        this.enabled = enabled;
        this.budgetBytes = budgetBytes;
    }

    public static RenderedPages disabled() {
        return new RenderedPages(false, 0);
    }

    public static RenderedPages keeping(long budgetBytes) {
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("page cache budget must be > 0 bytes: " + budgetBytes);
        }
        return new RenderedPages(true, budgetBytes);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The page's order list: kept bytes as a raw JSON value on a hit, else {@code render}'s list (kept if it fits). */
    public JsonNode orders(Key key, Supplier<ArrayNode> render) {
        if (!enabled) {
            return render.get();
        }
        byte[] kept = pages.get(key);
        if (kept != null) {
            hits.increment();
            return raw(kept);
        }
        misses.increment();
        byte[] rendered = SandboxJson.bytes(render.get());
        if (keptBytes.addAndGet(rendered.length) > budgetBytes || pages.putIfAbsent(key, rendered) != null) {
            keptBytes.addAndGet(-rendered.length);
        }
        return raw(rendered);
    }

    /** Serialized once: a miss costs the same as rendering without the cache; a hit copies the kept bytes. */
    private static JsonNode raw(byte[] json) {
        return SandboxJson.MAPPER.getNodeFactory().rawValueNode(new RawValue(new RawJson(json)));
    }

    /** Drops every kept page (counters stay). */
    public void clear() {
        pages.clear();
        keptBytes.set(0);
    }

    /** {@code enabled, pages, bytes, budgetBytes, hits, misses}. */
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("enabled", enabled);
        stats.put("pages", pages.size());
        stats.put("bytes", keptBytes.get());
        stats.put("budgetBytes", budgetBytes);
        stats.put("hits", hits.sum());
        stats.put("misses", misses.sum());
        return stats;
    }

    /**
     * What a page's content depends on: the shop, its orders in served order, the simulated now and the shop's
     * revision (touches, burst orders) they are rendered at, the fault rates the generator reads (bad orders, late
     * modified stamps) and the gateway's rendering options (JD's {@code optional_fields}).
     */
    public static final class Key {
        private final Channel channel;
        private final int shop;
        private final long now;
        private final long revision;
        private final double badOrderRate;
        private final double outOfOrderModifiedRate;
        private final String renderOptions;
        private final int[] indices;
        private final int hash;

        public Key(Channel channel, int shop, long now, long revision, double badOrderRate,
                   double outOfOrderModifiedRate, String renderOptions, int[] indices) {
            this.channel = channel;
            this.shop = shop;
            this.now = now;
            this.revision = revision;
            this.badOrderRate = badOrderRate;
            this.outOfOrderModifiedRate = outOfOrderModifiedRate;
            this.renderOptions = renderOptions;
            this.indices = indices.clone();
            this.hash = Objects.hash(channel, shop, now, revision, badOrderRate, outOfOrderModifiedRate, renderOptions)
                    * 31 + Arrays.hashCode(this.indices);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && hash == k.hash && channel == k.channel && shop == k.shop && now == k.now
                    && revision == k.revision && Double.compare(badOrderRate, k.badOrderRate) == 0
                    && Double.compare(outOfOrderModifiedRate, k.outOfOrderModifiedRate) == 0
                    && renderOptions.equals(k.renderOptions) && Arrays.equals(indices, k.indices);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
