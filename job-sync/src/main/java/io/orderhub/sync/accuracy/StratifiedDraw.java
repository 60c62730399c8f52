package io.orderhub.sync.accuracy;

import io.orderhub.common.order.OrderStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Proportional stratified sampling by unified status. A shop's recent orders are mostly of one or two statuses
 * (shipped, completed); a plain random sample would rarely contain the rare ones (cancelled, partly shipped), which
 * are where states go wrong. So every status present gets at least one order when the sample size allows, and the
 * rest is shared in proportion to the strata's sizes by the largest-remainder rule (Hamilton), exact in integers.
 * Within a stratum the order is random (the store ranks candidates by a hash of seed and order number).
 */
public final class StratifiedDraw {

    private StratifiedDraw() {
    }

    /**
     * How many orders to draw from each stratum. Never more than a stratum holds; the total is
     * {@code min(perShop, Σ sizes)}.
     *
     * @param sizes eligible orders per status (empty strata may be left out)
     */
    public static Map<OrderStatus, Integer> quotas(Map<OrderStatus, Integer> sizes, int perShop) {
        if (perShop < 1) {
            throw new IllegalArgumentException("perShop must be at least 1, was " + perShop);
        }
        Map<OrderStatus, Integer> present = new EnumMap<>(OrderStatus.class);
        sizes.forEach((status, size) -> {
            if (size < 0) {
                throw new IllegalArgumentException("stratum " + status + " has a negative size " + size);
            }
            if (size > 0) {
                present.put(status, size);
            }
        });
        long total = present.values().stream().mapToLong(Integer::longValue).sum();
        if (total <= perShop) {
            return present;
        }
        Map<OrderStatus, Integer> quotas = new EnumMap<>(OrderStatus.class);
        if (perShop >= present.size()) {
            // One order of every status first; the rest in proportion to what each stratum has beyond that one.
            present.keySet().forEach(status -> quotas.put(status, 1));
            share(present, perShop - present.size(), 1, quotas);
        } else {
            present.keySet().forEach(status -> quotas.put(status, 0));
            share(present, perShop, 0, quotas);
        }
        return quotas;
    }

    /** The first {@code quota} ranked candidates of each stratum; {@code ranked} is in stratum then rank order. */
    public static List<SampleCandidate> draw(List<SampleCandidate> ranked, int perShop) {
        Map<OrderStatus, Integer> sizes = new EnumMap<>(OrderStatus.class);
        ranked.forEach(c -> sizes.put(c.status(), c.stratumSize()));
        Map<OrderStatus, Integer> quotas = quotas(sizes, perShop);
        Map<OrderStatus, Integer> taken = new EnumMap<>(OrderStatus.class);
        List<SampleCandidate> drawn = new ArrayList<>();
        for (SampleCandidate candidate : ranked) {
            int already = taken.getOrDefault(candidate.status(), 0);
            if (already < quotas.getOrDefault(candidate.status(), 0)) {
                drawn.add(candidate);
                taken.put(candidate.status(), already + 1);
            }
        }
        return drawn;
    }

    /** Largest remainder: floors of {@code units × (size − reserved) / Σ(size − reserved)}, leftovers by remainder. */
    private static void share(Map<OrderStatus, Integer> sizes, int units, int reserved,
            Map<OrderStatus, Integer> quotas) {
        long weightTotal = sizes.values().stream().mapToLong(size -> size - reserved).sum();
        if (units == 0 || weightTotal == 0) {
            return;
        }
        Map<OrderStatus, Long> remainders = new EnumMap<>(OrderStatus.class);
        int given = 0;
        for (Map.Entry<OrderStatus, Integer> stratum : sizes.entrySet()) {
            long numerator = (long) units * (stratum.getValue() - reserved);
            int whole = (int) (numerator / weightTotal);
            quotas.merge(stratum.getKey(), whole, Integer::sum);
            remainders.put(stratum.getKey(), numerator % weightTotal);
            given += whole;
        }
        // Ties go to the status earlier in the lifecycle (EnumMap order), so a draw never depends on hash order.
        List<OrderStatus> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort(Comparator.comparing(remainders::get, Comparator.reverseOrder()));
        for (int i = 0; given < units; i++) {
            quotas.merge(byRemainder.get(i), 1, Integer::sum);
            given++;
        }
    }
}
