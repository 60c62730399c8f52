package io.orderhub.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of what the sandbox did: requests per channel, rejections per reason, every injected fault, orders served.
 * Keys are dotted names, e.g. {@code requests.PDD}, {@code rejected.INVALID_SIGNATURE}, {@code fault.serverError}.
 */
public final class SandboxStats {
    private final ConcurrentHashMap<String, LongAdder> counters = new ConcurrentHashMap<>();

    public void increment(String key) {
        add(key, 1);
    }

    public void add(String key, long amount) {
        counters.computeIfAbsent(key, k -> new LongAdder()).add(amount);
    }

    public long get(String key) {
        LongAdder adder = counters.get(key);
        return adder == null ? 0 : adder.sum();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((key, value) -> copy.put(key, value.sum()));
        return copy;
    }

    public void reset() {
        counters.clear();
    }
}
