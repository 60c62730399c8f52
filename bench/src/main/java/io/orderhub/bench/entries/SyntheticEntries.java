package io.orderhub.bench.entries;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.SkuDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Entries against a {@link SyntheticSkuMaster}, made chunk by chunk (the nightly run never holds them all): receiving,
 * outbound of the bench's orders and returns, about 8 % with one typical mistake (a mistyped code, a wrong check
 * digit, a unit not allowed, boxes for pieces, a missing batch, an expired batch, a future production date, a large
 * quantity not confirmed). The same for a seed.
 */
final class SyntheticEntries {

    static final int ORDERS = 20_000;
    private static final String[] OPERATORS = {"王小明", "李娜", "张伟", "刘洋", "陈静", "欧阳志远"};

    private final List<SkuDefinition> skus;
    private final LocalDate today;
    private final long seed;

    SyntheticEntries(List<SkuDefinition> skus, LocalDate today, long seed) {
        this.skus = skus;
        this.today = today;
        this.seed = seed;
    }

    /** The SKU on line {@code line} (1 or 2) of bench order {@code order}. */
    SkuDefinition orderLineSku(int order, int line) {
        return skus.get(Math.floorMod(order * 7919 + line * 104_729, skus.size()));
    }

    static String orderNo(int order) {
        return "BENCH-SO-" + order;
    }

    List<Entry> chunk(int index, int size) {
        Random random = new Random(seed * 1_000_003L + index);
        List<Entry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            entries.add(entry(random, "E" + index + "-" + i));
        }
        return entries;
    }

    private Entry entry(Random random, String id) {
        int kind = random.nextInt(10);
        String source = kind < 4 ? "receiving" : kind < 8 ? "outbound" : "return";
        String orderNo = null;
        SkuDefinition sku;
        if ("outbound".equals(source)) {
            int order = random.nextInt(ORDERS);
            orderNo = orderNo(order);
            sku = orderLineSku(order, 1 + random.nextInt(2));
        } else {
            sku = skus.get(random.nextInt(skus.size()));
        }
        String code = sku.code();
        String unit = sku.baseUnit();
        BigDecimal quantity = BigDecimal.valueOf("g".equals(unit) ? 100 + random.nextInt(4900) : 1 + random.nextInt(60));
        String batch = null;
        LocalDate production = null;
        LocalDate expiry = null;
        if (sku.batchManaged()) {
            batch = "B" + random.nextInt(100_000_000);
            production = today.minusDays(1 + random.nextInt(30));
            expiry = production.plusDays(sku.shelfLifeDays());
        }
        boolean confirmed = false;
        if (random.nextInt(100) < 8) {
            switch (random.nextInt(8)) {
                case 0 -> code = swapTwoDigits(code, random);
                case 1 -> code = sku.barcode().substring(0, 12) + (char) ('0' + (sku.barcode().charAt(12) - '0' + 1) % 10);
                case 2 -> unit = "包";
                case 3 -> {
                    if ("件".equals(unit) && sku.unitFactors().containsKey("箱")) {
                        unit = "箱";
                        quantity = quantity.multiply(BigDecimal.valueOf(12));
                    }
                }
                case 4 -> batch = null;
                case 5 -> expiry = today.minusDays(1 + random.nextInt(10));
                case 6 -> production = today.plusDays(1 + random.nextInt(10));
                default -> quantity = BigDecimal.valueOf(101 + random.nextInt(900));
            }
        } else if (quantity.compareTo(BigDecimal.valueOf(100)) > 0) {
            confirmed = true;
        }
        return new Entry(id, source, "DOC-" + id, OPERATORS[random.nextInt(OPERATORS.length)],
                LocalDateTime.of(today, java.time.LocalTime.of(9, 0)), code, quantity, unit, batch, production,
                expiry, "一号仓", orderNo, confirmed);
    }

    private static String swapTwoDigits(String code, Random random) {
        int at = 2 + random.nextInt(code.length() - 3);
        char[] chars = code.toCharArray();
        char first = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = first;
        return new String(chars);
    }
}
