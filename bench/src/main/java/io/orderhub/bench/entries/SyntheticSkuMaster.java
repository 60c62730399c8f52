package io.orderhub.bench.entries;

import io.orderhub.report.entry.SkuDefinition;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.RandomAccess;

/**
 * A SKU master of the size asked for, the same for a seed: codes of a category prefix and six digits (dense enough
 * that many codes have neighbours one or two edits away, as real code series do), valid EAN-13 barcodes, units
 * 件/箱 (12 or 24), weights in g/kg/千克, and a quarter batch-managed.
 *
 * <p>Kept as what makes each SKU different (its code's number, its unit kind, its shelf life: 7 bytes a SKU) and
 * {@link #load()} makes a {@link SkuDefinition} when one is asked for: the bench JVM then holds one SKU master, the
 * catalogue that job-report builds from {@code entry_sku}, not a second list of 200,000 definitions beside it.
 */
final class SyntheticSkuMaster {

    /** The seed both bench JVMs use, so the load generator makes entries against the master the server loaded. */
    static final long SEED = 17;
    static final List<String> PREFIXES = List.of("FD", "BV", "DA", "HM", "PC", "GR");
    private static final int NUMBERS_PER_PREFIX = 1_000_000;
    private static final List<Map<String, BigDecimal>> UNIT_KINDS = List.of(
            Map.of("件", BigDecimal.ONE, "箱", BigDecimal.valueOf(12)),
            Map.of("件", BigDecimal.ONE, "箱", BigDecimal.valueOf(24)),
            Map.of("件", BigDecimal.ONE),
            Map.of("g", BigDecimal.ONE, "kg", BigDecimal.valueOf(1000), "千克", BigDecimal.valueOf(1000)));
    private static final int WEIGHT = 3;
    private static final BigDecimal WEIGHT_MIN = BigDecimal.valueOf(100);
    private static final BigDecimal WEIGHT_MAX = BigDecimal.valueOf(5000);
    private static final BigDecimal PIECES_MAX = BigDecimal.valueOf(60);

    /** prefix index × 1,000,000 + the code's six digits */
    private final int[] codeNumbers;
    private final byte[] unitKinds;
    /** 0 when the SKU is not batch-managed */
    private final short[] shelfLifeDays;
    private final List<SkuDefinition> view = new Definitions();

    SyntheticSkuMaster(int size, long seed) {
        Random random = new Random(seed);
        BitSet taken = new BitSet(PREFIXES.size() * NUMBERS_PER_PREFIX);
        codeNumbers = new int[size];
        unitKinds = new byte[size];
        shelfLifeDays = new short[size];
        int made = 0;
        while (made < size) {
            int number = random.nextInt(PREFIXES.size()) * NUMBERS_PER_PREFIX + random.nextInt(NUMBERS_PER_PREFIX);
            if (taken.get(number)) {
                continue;
            }
            taken.set(number);
            int kind = random.nextInt(20);
            boolean batchManaged = random.nextInt(4) == 0;
            codeNumbers[made] = number;
            unitKinds[made] = (byte) (kind < 10 ? 0 : kind < 14 ? 1 : kind < 17 ? 2 : WEIGHT);
            shelfLifeDays[made] = (short) (batchManaged ? 90 + random.nextInt(631) : 0);
            made++;
        }
    }

    /** Every SKU, in the order made; each {@code get} makes the definition anew (nothing is kept). */
    List<SkuDefinition> load() {
        return view;
    }


    private SkuDefinition definition(int serial) {
        String prefix = PREFIXES.get(codeNumbers[serial] / NUMBERS_PER_PREFIX);
        String code = prefix + String.format("%06d", codeNumbers[serial] % NUMBERS_PER_PREFIX);
        boolean weighed = unitKinds[serial] == WEIGHT;
        boolean batchManaged = shelfLifeDays[serial] > 0;
        return new SkuDefinition(code, barcode(serial), "商品 " + code, prefix, weighed ? "g" : "件",
                UNIT_KINDS.get(unitKinds[serial]), weighed ? WEIGHT_MIN : BigDecimal.ONE,
                weighed ? WEIGHT_MAX : PIECES_MAX, batchManaged, batchManaged ? (int) shelfLifeDays[serial] : null);
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

    private final class Definitions extends AbstractList<SkuDefinition> implements RandomAccess {

        @Override
        public SkuDefinition get(int index) {
            return definition(index);
        }

        @Override
        public int size() {
            return codeNumbers.length;
        }
    }
}
