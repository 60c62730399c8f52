package io.orderhub.bench.entries;

import io.orderhub.report.entry.SkuDefinition;
import io.orderhub.report.entry.SkuMasterSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A SKU master of the size asked for, the same for a seed: codes of a category prefix and six digits (dense enough
 * that many codes have neighbours one or two edits away, as real code series do), valid EAN-13 barcodes, units
 * 件/箱 (12 or 24), weights in g/kg/千克, and a quarter batch-managed.
 */
final class SyntheticSkuMaster implements SkuMasterSource {

    /** The seed both bench JVMs use, so the load generator makes entries against the master the server loaded. */
    static final long SEED = 17;
    static final List<String> PREFIXES = List.of("FD", "BV", "DA", "HM", "PC", "GR");
    private static final Map<String, BigDecimal> BOX_OF_12 = Map.of("件", BigDecimal.ONE, "箱", BigDecimal.valueOf(12));
    private static final Map<String, BigDecimal> BOX_OF_24 = Map.of("件", BigDecimal.ONE, "箱", BigDecimal.valueOf(24));
    private static final Map<String, BigDecimal> PIECES = Map.of("件", BigDecimal.ONE);
    private static final Map<String, BigDecimal> WEIGHT = Map.of("g", BigDecimal.ONE, "kg", BigDecimal.valueOf(1000),
            "千克", BigDecimal.valueOf(1000));

    private final List<SkuDefinition> skus;

    SyntheticSkuMaster(int size, long seed) {
        Random random = new Random(seed);
        Set<String> codes = new HashSet<>(size * 2);
        skus = new ArrayList<>(size);
        while (skus.size() < size) {
            String prefix = PREFIXES.get(random.nextInt(PREFIXES.size()));
            String code = prefix + String.format("%06d", random.nextInt(1_000_000));
            if (!codes.add(code)) {
                continue;
            }
            int kind = random.nextInt(20);
            Map<String, BigDecimal> units = kind < 10 ? BOX_OF_12 : kind < 14 ? BOX_OF_24 : kind < 17 ? PIECES : WEIGHT;
            boolean weighed = units == WEIGHT;
            boolean batchManaged = random.nextInt(4) == 0;
            skus.add(new SkuDefinition(code, barcode(skus.size()), "商品 " + code, prefix, weighed ? "g" : "件", units,
                    weighed ? BigDecimal.valueOf(100) : BigDecimal.ONE,
                    weighed ? BigDecimal.valueOf(5000) : BigDecimal.valueOf(60), batchManaged,
                    batchManaged ? 90 + random.nextInt(631) : null));
        }
    }

    @Override
    public List<SkuDefinition> load() {
        return skus;
    }

    /** 690 + nine digits + the GS1 check digit. */
    static String barcode(int serial) {
        String digits = "690" + String.format("%09d", serial);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits + (10 - sum % 10) % 10;
    }
}
