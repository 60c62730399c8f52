package io.orderhub.sandbox.erp.entries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates an ERP/WMS data set for one day: a SKU master ({@code skus} codes of the form {@code A1000}, EAN-13
 * barcodes with valid check digits, 件/箱 or g/kg units, some batch-managed with a shelf life) and {@code entries}
 * manual entries of which each is clean or carries exactly one injected mistake. Every type of
 * {@link #TYPES} is injected at {@code ratePerType} (and at least once), the rest are clean. Deterministic for a seed.
 * Independent of the rule code: it knows the mistakes people make, not how they are found.
 */
public final class EntryDataSetGenerator {

    /** The injected mistakes, named as io.orderhub.report.entry.EntryFindingType names them. */
    public static final List<String> TYPES = List.of("UNKNOWN_SKU", "BARCODE_CHECK_DIGIT", "SKU_CONFUSION",
            "UNIT_NOT_ALLOWED", "UNIT_FACTOR_MISTAKE", "BATCH_MISSING", "PRODUCTION_DATE_MISSING", "EXPIRY_MISSING",
            "EXPIRED", "EXPIRY_SOON", "PRODUCTION_DATE_IN_FUTURE", "EXPIRY_NOT_SHELF_LIFE", "QUANTITY_UNCONFIRMED",
            "FIELD_REQUIRED", "FIELD_TOO_LONG", "FIELD_PATTERN", "FIELD_NOT_ALLOWED");

    private static final String[] CATEGORIES = {"A", "B", "C", "D", "E", "F", "G", "H"};
    private static final String[] PIECE_NAMES = {"矿泉水 550ml", "纯牛奶 250ml", "洗衣液 2L", "纸巾 10包", "方便面 5连包",
            "酱油 500ml", "牙膏 120g", "饼干 200g"};
    private static final String[] WEIGHED_NAMES = {"散装大米", "散装红枣", "鲜猪肉", "散装花生", "苹果", "绿豆"};
    private static final String[] OPERATORS = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴婷"};
    private static final int[] CASE_SIZES = {6, 12, 24};

    private final Random random;
    private final LocalDate day;

    public EntryDataSetGenerator(long seed, LocalDate day) {
        this.random = new Random(seed);
        this.day = day;
    }

    public EntryDataSet generate(int skus, int entries, double ratePerType) {
        if (skus < 20 || entries < TYPES.size() || ratePerType <= 0 || ratePerType * TYPES.size() >= 1) {
            throw new IllegalArgumentException("need skus >= 20, entries >= " + TYPES.size()
                    + " and 0 < ratePerType < 1/" + TYPES.size());
        }
        List<ErpSku> master = skuMaster(skus);
        Map<String, ErpSku> byCode = new LinkedHashMap<>();
        master.forEach(sku -> byCode.put(sku.code(), sku));
        List<ErpEntry> out = new ArrayList<>(entries);
        List<OrderLine> lines = new ArrayList<>();
        List<InjectedError> injected = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            String type = i < TYPES.size() ? TYPES.get(i) : drawType(ratePerType);
            EntryDraft draft = clean(i, master, byCode, lines, type);
            if (type != null) {
                injected.add(new EntryMistakes(draft, byCode, random, day).inject(type, lines));
            }
            out.add(draft.build());
        }
        return new EntryDataSet(day, master, out, lines, injected);
    }

    private String drawType(double ratePerType) {
        double r = random.nextDouble();
        int index = (int) (r / ratePerType);
        return index < TYPES.size() ? TYPES.get(index) : null;
    }

    private List<ErpSku> skuMaster(int count) {
        List<ErpSku> skus = new ArrayList<>(count);
        Set<String> barcodes = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String category = CATEGORIES[i % CATEGORIES.length];
            String code = category + (1000 + i / CATEGORIES.length);
            String barcode;
            do {
                barcode = Ean13.complete("690" + String.format("%09d", random.nextInt(1_000_000_000)));
            } while (!barcodes.add(barcode));
            boolean weighed = i % 4 == 3;
            boolean batch = i % 5 < 2;
            Integer shelfLife = batch ? 180 + random.nextInt(541) : null;
            Map<String, BigDecimal> units = new LinkedHashMap<>();
            if (weighed) {
                units.put("g", BigDecimal.ONE);
                units.put("kg", BigDecimal.valueOf(1000));
                skus.add(new ErpSku(code, barcode, WEIGHED_NAMES[i % WEIGHED_NAMES.length], category, "g", units,
                        BigDecimal.valueOf(200), BigDecimal.valueOf(5000), batch, shelfLife));
            } else {
                units.put("件", BigDecimal.ONE);
                units.put("箱", BigDecimal.valueOf(CASE_SIZES[i % CASE_SIZES.length]));
                skus.add(new ErpSku(code, barcode, PIECE_NAMES[i % PIECE_NAMES.length], category, "件", units,
                        BigDecimal.ONE, BigDecimal.valueOf(200), batch, shelfLife));
            }
        }
        return skus;
    }

    /** A clean entry; outbound entries belong to an order whose line has the entry's SKU. */
    private EntryDraft clean(int index, List<ErpSku> master, Map<String, ErpSku> byCode, List<OrderLine> lines,
            String type) {
        ErpSku sku;
        do {
            sku = master.get(random.nextInt(master.size()));
        } while (!EntryMistakes.fits(type, sku) || ("SKU_CONFUSION".equals(type) && !hasNeighbour(sku, byCode)));
        String source = "SKU_CONFUSION".equals(type) ? "outbound"
                : EntryConventions.SOURCES.get(random.nextInt(EntryConventions.SOURCES.size()));
        EntryDraft d = new EntryDraft();
        d.entryId = String.format("E%08d", index + 1);
        d.source = source;
        d.documentNo = prefix(source) + String.format("%010d", 2_000_000 + index);
        d.operator = OPERATORS[random.nextInt(OPERATORS.length)];
        d.enteredAt = LocalDateTime.of(day, java.time.LocalTime.of(8 + random.nextInt(12), random.nextInt(60),
                random.nextInt(60)));
        d.sku = sku;
        d.skuCode = sku.code();
        if (sku.weighed()) {
            d.quantity = BigDecimal.valueOf(2 + random.nextInt(49)).movePointLeft(1); // 0.2 .. 5.0 kg
            d.unit = "kg";
        } else if (random.nextBoolean()) {
            d.quantity = BigDecimal.valueOf(1 + random.nextInt(3));
            d.unit = "箱";
        } else {
            d.quantity = BigDecimal.valueOf(1 + random.nextInt(EntryConventions.CONFIRM_ABOVE));
            d.unit = "件";
        }
        if (sku.batchManaged()) {
            d.batchNo = "B" + day.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            d.productionDate = day.minusDays(random.nextInt(11));
            d.expiryDate = d.productionDate.plusDays(sku.shelfLifeDays());
        }
        d.warehouse = EntryConventions.WAREHOUSES.get(random.nextInt(EntryConventions.WAREHOUSES.size()));
        if ("outbound".equals(source)) {
            d.orderNo = "SO" + String.format("%010d", 5_000_000 + index);
            lines.add(new OrderLine(d.orderNo, 1, sku.code(), d.quantity));
        }
        d.confirmed = false;
        return d;
    }

    /** Codes are numbered per category, so a neighbour one edit away exists unless the number ends in 9/0. */
    private static boolean hasNeighbour(ErpSku sku, Map<String, ErpSku> byCode) {
        int number = Integer.parseInt(sku.code().substring(1));
        return number % 10 != 9 && byCode.containsKey(sku.code().charAt(0) + String.valueOf(number + 1));
    }

    private static String prefix(String source) {
        return switch (source) {
            case "receiving" -> "RK";
            case "outbound" -> "CK";
            case "return" -> "TH";
            default -> "BD";
        };
    }
}
