package io.orderhub.sandbox.erp.entries;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a data set as the CSV files of the intake folder's column contract (docs/entries.md): {@code sku-master.csv}
 * (a name starting with "sku" is a SKU master file), {@code entries.csv}, and beside them {@code order-lines.csv} and
 * {@code ground-truth.csv} (the injected errors), UTF-8, RFC 4180 quoting.
 */
public final class EntryDataSetFiles {

    public static final String SKU_MASTER = "sku-master.csv";
    public static final String ENTRIES = "entries.csv";
    public static final String ORDER_LINES = "order-lines.csv";
    public static final String GROUND_TRUTH = "ground-truth.csv";

    private EntryDataSetFiles() {
    }

    public static void write(EntryDataSet data, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Writer out = open(directory.resolve(SKU_MASTER))) {
            line(out, "code", "barcode", "name", "category", "base_unit", "unit_factors", "typical_min", "typical_max",
                    "batch_managed", "shelf_life_days");
            for (ErpSku s : data.skus()) {
                line(out, s.code(), s.barcode(), s.name(), s.category(), s.baseUnit(), factors(s.unitFactors()),
                        s.typicalMin(), s.typicalMax(), s.batchManaged() ? "1" : "0", s.shelfLifeDays());
            }
        }
        try (Writer out = open(directory.resolve(ENTRIES))) {
            line(out, "entry_id", "source", "document_no", "operator", "entered_at", "sku_code", "quantity", "unit",
                    "batch_no", "production_date", "expiry_date", "warehouse", "order_no", "confirmed");
            for (ErpEntry e : data.entries()) {
                line(out, e.entryId(), e.source(), e.documentNo(), e.operator(), e.enteredAt().toString()
                        .replace('T', ' '), e.skuCode(), e.quantity(), e.unit(), e.batchNo(), e.productionDate(),
                        e.expiryDate(), e.warehouse(), e.orderNo(), e.confirmed() ? "1" : "0");
            }
        }
        try (Writer out = open(directory.resolve(ORDER_LINES))) {
            line(out, "order_no", "line_no", "sku_code", "quantity");
            for (OrderLine l : data.orderLines()) {
                line(out, l.orderNo(), l.lineNo(), l.skuCode(), l.quantity());
            }
        }
        try (Writer out = open(directory.resolve(GROUND_TRUTH))) {
            line(out, "entry_id", "type", "field", "entered", "meant");
            for (InjectedError i : data.injected()) {
                line(out, i.entryId(), i.type(), i.field(), i.entered(), i.meant());
            }
        }
    }

    private static Writer open(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    private static String factors(Map<String, BigDecimal> factors) {
        return factors.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toPlainString())
                .collect(Collectors.joining(";"));
    }

    private static void line(Writer out, Object... cells) throws IOException {
        List<String> quoted = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            String text = cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
            quoted.add(text.contains(",") || text.contains("\"") || text.contains("\n")
                    ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
        }
        out.write(String.join(",", quoted));
        out.write("\r\n");
    }
}
