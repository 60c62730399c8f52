package io.orderhub.sandbox.generator;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The window index of one shop: visible orders sorted by (time, index), packed into one long per order
 * ({@code seconds << 22 | index}), for modified and creation time. Rebuilt when the simulated clock moves; a touch
 * moves a single key. Only touches are stored per order; everything else is regenerated.
 *
 * <p>Burst orders (new orders appearing in wall-clock time) take the indices after {@code orderCount}; only their
 * creation second is stored (8 bytes each), the content is regenerated from (seed, shop, index) like the others. They
 * are evaluated at {@code max(now, createdAt)}: they exist once emitted, even when the simulated clock is behind.
 */
public final class ShopOrderBook {
    static final int MAX_ORDERS = 1 << 22;
    private static final long INDEX_MASK = MAX_ORDERS - 1;

    private final OrderGenerator generator;
    private final int shop;
    private final String shopId;
    private final int orderCount;
    private final Map<Integer, Long> touchedAt = new HashMap<>();
    private final Map<Integer, Integer> touchCount = new HashMap<>();
    private long builtFor = Long.MIN_VALUE;
    private long[] byModified = new long[0];
    private long[] byCreated = new long[0];
    /** Number of keys in use in {@code byModified}/{@code byCreated} (the arrays have spare capacity for bursts). */
    private int visible;
    private long[] burstCreatedAt = new long[0];
    private int burstCount;
    /** Counts the changes of stored state (touches, burst orders): rendered pages are kept per revision. */
    private long revision;

    public ShopOrderBook(OrderGenerator generator, int shop, String shopId, int orderCount) {
        if (orderCount > MAX_ORDERS) {
            throw new IllegalArgumentException("orders per shop must be ≤ " + MAX_ORDERS + ": " + orderCount);
        }
        this.generator = generator;
        this.shop = shop;
        this.shopId = shopId;
        this.orderCount = orderCount;
    }

    public String shopId() {
        return shopId;
    }

    public int orderCount() {
        return orderCount;
    }

    /** Generated plus burst orders: indices are {@code [0, indexLimit())}. */
    public synchronized int indexLimit() {
        return orderCount + burstCount;
    }

    /** Moves on with every touch and every burst order added: what was rendered before may differ now. */
    public synchronized long revision() {
        return revision;
    }

    public synchronized int burstCount() {
        return burstCount;
    }

    /**
     * Appends up to {@code count} burst orders created (and paid) at {@code createdAt}; returns how many fit (the
     * index has room for {@value #MAX_ORDERS} orders per shop in all).
     */
    public synchronized int addBurstOrders(int count, long createdAt, long now) {
        int added = Math.max(0, Math.min(count, MAX_ORDERS - orderCount - burstCount));
        if (added == 0) {
            return 0;
        }
        ensureBuilt(now);
        revision++;
        if (burstCount + added > burstCreatedAt.length) {
            burstCreatedAt = Arrays.copyOf(burstCreatedAt, Math.max(burstCount + added, burstCreatedAt.length * 2));
        }
        ensureKeyCapacity(visible + added);
        for (int i = 0; i < added; i++) {
            int index = orderCount + burstCount;
            burstCreatedAt[burstCount++] = createdAt;
            long key = createdAt << 22 | index;
            insertKey(byModified, key);
            insertKey(byCreated, key);
            visible++;
        }
        return added;
    }

    public synchronized int visibleCount(long now) {
        ensureBuilt(now);
        return visible;
    }

    /** Orders with {@code from ≤ time ≤ to} on the axis; the page starts at {@code offset} in the given order. */
    public synchronized WindowPage window(TimeAxis axis, long from, long to, boolean descending, int offset, int size,
                                          long now) {
        ensureBuilt(now);
        long[] keys = axis == TimeAxis.MODIFIED ? byModified : byCreated;
        int lo = lowerBound(keys, visible, from << 22);
        int hi = lowerBound(keys, visible, (to + 1) << 22);
        int total = Math.max(0, hi - lo);
        int start = Math.max(0, Math.min(total, offset));
        int end = Math.min(total, start + Math.max(0, size));
        int[] indices = new int[end - start];
        for (int i = start; i < end; i++) {
            long key = descending ? keys[hi - 1 - i] : keys[lo + i];
            indices[i - start] = (int) (key & INDEX_MASK);
        }
        return new WindowPage(total, indices);
    }

    /**
     * Like {@link #window} but only orders passing {@code filter} (a status filter) count: the whole window is
     * scanned, so this costs O(window) per page.
     */
    public synchronized WindowPage window(TimeAxis axis, long from, long to, boolean descending, int offset, int size,
                                          long now, IntPredicate filter) {
        if (filter == null) {
            return window(axis, from, to, descending, offset, size, now);
        }
        ensureBuilt(now);
        long[] keys = axis == TimeAxis.MODIFIED ? byModified : byCreated;
        int lo = lowerBound(keys, visible, from << 22);
        int hi = lowerBound(keys, visible, (to + 1) << 22);
        int[] page = new int[Math.max(0, size)];
        int total = 0;
        int taken = 0;
        for (int i = 0; i < hi - lo; i++) {
            int index = (int) ((descending ? keys[hi - 1 - i] : keys[lo + i]) & INDEX_MASK);
            if (filter.test(index)) {
                if (total >= offset && taken < page.length) {
                    page[taken++] = index;
                }
                total++;
            }
        }
        return new WindowPage(total, Arrays.copyOf(page, taken));
    }

    public synchronized OrderTimeline timeline(int index) {
        return index >= orderCount ? OrderGenerator.burstTimeline(burstCreatedAt[index - orderCount])
                : generator.timeline(shop, index);
    }

    /** Marks an order modified at {@code at} (a seller remark, an address change…): it moves in the index. */
    public synchronized void touch(int index, long at, long now) {
        ensureBuilt(now);
        long before = modifiedOf(index, now);
        revision++;
        touchedAt.merge(index, at, Math::max);
        touchCount.merge(index, 1, Integer::sum);
        long after = modifiedOf(index, now);
        if (after != before && visible(index, now)) {
            moveKey(before << 22 | index, after << 22 | index);
        }
    }

    public synchronized SimOrder order(int index, long now) {
        if (index >= orderCount) {
            long created = burstCreatedAt[index - orderCount];
            return generator.order(shop, shopId, index, Math.max(now, created), touchedAt.getOrDefault(index, 0L),
                    touchCount.getOrDefault(index, 0), OrderGenerator.burstTimeline(created));
        }
        return generator.order(shop, shopId, index, now, touchedAt.getOrDefault(index, 0L),
                touchCount.getOrDefault(index, 0));
    }

    /**
     * The order as it stood at the simulated instant {@code at} (push messages render each event's moment): a touch
     * counts only if it happened by then (only the latest touch is stored, so an earlier one is not seen then).
     */
    public synchronized SimOrder orderAsOf(int index, long at) {
        long touched = touchedAt.getOrDefault(index, 0L);
        boolean seen = touched != 0 && touched <= at;
        if (index >= orderCount) {
            long created = burstCreatedAt[index - orderCount];
            return generator.order(shop, shopId, index, Math.max(at, created), seen ? touched : 0L,
                    seen ? touchCount.getOrDefault(index, 0) : 0, OrderGenerator.burstTimeline(created));
        }
        return generator.order(shop, shopId, index, at, seen ? touched : 0L, seen ? touchCount.getOrDefault(index, 0) : 0);
    }

    public synchronized boolean visible(int index, long now) {
        if (index >= orderCount) {
            return index < orderCount + burstCount;
        }
        return index >= 0 && generator.timeline(shop, index).visibleAt(now);
    }

    private long modifiedOf(int index, long now) {
        long modified = index >= orderCount ? burstCreatedAt[index - orderCount]
                : generator.timeline(shop, index).modifiedAt(now);
        return Math.max(modified, touchedAt.getOrDefault(index, 0L));
    }

    private void ensureBuilt(long now) {
        if (builtFor == now) {
            return;
        }
        long[] modified = new long[orderCount + burstCount];
        long[] created = new long[orderCount + burstCount];
        int n = 0;
        for (int i = 0; i < orderCount; i++) {
            OrderTimeline timeline = generator.timeline(shop, i);
            if (timeline.visibleAt(now)) {
                long touch = touchedAt.getOrDefault(i, 0L);
                modified[n] = Math.max(timeline.modifiedAt(now), touch) << 22 | i;
                created[n] = timeline.createdAt() << 22 | i;
                n++;
            }
        }
        for (int b = 0; b < burstCount; b++) {
            int i = orderCount + b;
            modified[n] = modifiedOf(i, now) << 22 | i;
            created[n] = burstCreatedAt[b] << 22 | i;
            n++;
        }
        byModified = Arrays.copyOf(modified, n);
        byCreated = Arrays.copyOf(created, n);
        Arrays.sort(byModified);
        Arrays.sort(byCreated);
        visible = n;
        builtFor = now;
    }

    private void moveKey(long oldKey, long newKey) {
        int from = Arrays.binarySearch(byModified, 0, visible, oldKey);
        if (from < 0) {
            return;
        }
        System.arraycopy(byModified, from + 1, byModified, from, visible - from - 1);
        int to = lowerBound(byModified, visible - 1, newKey);
        System.arraycopy(byModified, to, byModified, to + 1, visible - 1 - to);
        byModified[to] = newKey;
    }

    private void ensureKeyCapacity(int needed) {
        if (needed > byModified.length) {
            int capacity = Math.max(needed, byModified.length + (byModified.length >> 1) + 16);
            byModified = Arrays.copyOf(byModified, capacity);
            byCreated = Arrays.copyOf(byCreated, capacity);
        }
    }

    /** Inserts into the first {@code visible} keys (capacity checked by the caller); burst keys mostly go last. */
    private void insertKey(long[] keys, long key) {
        int at = lowerBound(keys, visible, key);
        System.arraycopy(keys, at, keys, at + 1, visible - at);
        keys[at] = key;
    }

    private static int lowerBound(long[] keys, int length, long key) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
