package io.orderhub.sync.accuracy;

import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.stats.SampledProportion;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One shop's part of a run: what was eligible, what was drawn, and what the comparisons found. */
public final class ShopAccuracy {

    /** How the shop's sampling ended; stored in {@code state_accuracy_run.outcome}. */
    public enum Outcome { MEASURED, NOT_MEASURED, SKIPPED_LEASED, FAILED }

    private static final int MISMATCHES_LOGGED = 10;

    private final String channel;
    private final String shopId;
    private final LocalDateTime startedAt;
    private final LocalDateTime createdFrom;
    private final List<SampledOrder> orders = new ArrayList<>();
    private final Map<OrderStatus, Integer> drawnByStatus = new EnumMap<>(OrderStatus.class);
    private int population;
    private String skippedOrFailed;
    private boolean skipped;

    public ShopAccuracy(String channel, String shopId, LocalDateTime startedAt, LocalDateTime createdFrom) {
        this.channel = channel;
        this.shopId = shopId;
        this.startedAt = startedAt;
        this.createdFrom = createdFrom;
    }

    void drew(int eligible, List<SampleCandidate> drawn) {
        population = eligible;
        drawn.forEach(c -> drawnByStatus.merge(c.status(), 1, Integer::sum));
    }

    void add(SampledOrder order) {
        orders.add(order);
    }

    void skip(String why) {
        skipped = true;
        skippedOrFailed = why;
    }

    void fail(String why) {
        skippedOrFailed = why;
    }

    public String label() {
        return channel + "/" + shopId;
    }

    public String channel() {
        return channel;
    }

    public String shopId() {
        return shopId;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public LocalDateTime createdFrom() {
        return createdFrom;
    }

    public int population() {
        return population;
    }

    public int sampled() {
        return drawnByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<SampledOrder> orders() {
        return List.copyOf(orders);
    }

    public SampledProportion accuracy() {
        long compared = orders.stream().filter(o -> !o.failed()).count();
        return new SampledProportion(orders.stream().filter(SampledOrder::matches).count(), compared);
    }

    public int statusMismatches() {
        return (int) orders.stream().filter(o -> Boolean.FALSE.equals(o.statusMatch())).count();
    }

    public int amountMismatches() {
        return (int) orders.stream().filter(o -> Boolean.FALSE.equals(o.amountMatch())).count();
    }

    public int fetchErrors() {
        return (int) orders.stream().filter(SampledOrder::failed).count();
    }

    public Outcome outcome() {
        if (skipped) {
            return Outcome.SKIPPED_LEASED;
        }
        if (skippedOrFailed != null) {
            return Outcome.FAILED;
        }
        return accuracy().measured() ? Outcome.MEASURED : Outcome.NOT_MEASURED;
    }

    /** Why the shop was skipped or failed; null otherwise. */
    public String detail() {
        return skippedOrFailed;
    }

    /** The admin log's line for this shop. */
    public String summary() {
        if (skipped) {
            return label() + ": skipped, " + skippedOrFailed;
        }
        Map<String, Integer> errors = new TreeMap<>();
        orders.stream().filter(SampledOrder::failed).forEach(o -> errors.merge(o.fetchError(), 1, Integer::sum));
        List<String> mismatches = orders.stream().filter(o -> !o.failed() && !o.matches())
                .limit(MISMATCHES_LOGGED).map(SampledOrder::describeMismatch).toList();
        return label() + ": " + population + " order(s) created since " + createdFrom + " GMT+8, sampled "
                + sampled() + " " + drawnByStatus + ", compared " + accuracy().n() + ", status mismatches "
                + statusMismatches() + ", amount mismatches " + amountMismatches() + ", fetch errors " + fetchErrors()
                + (errors.isEmpty() ? "" : " " + errors) + "; accuracy " + accuracy().describe()
                + (mismatches.isEmpty() ? "" : "; mismatches " + mismatches)
                + (skippedOrFailed == null ? "" : "; FAILED: " + skippedOrFailed);
    }
}
