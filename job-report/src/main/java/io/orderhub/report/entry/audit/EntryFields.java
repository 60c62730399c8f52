package io.orderhub.report.entry.audit;

import io.orderhub.report.entry.Entry;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An entry's editable fields as text, in a fixed order, and their compact stored form for {@code entry_snapshot}
 * ({@code field=value&…}, URL-encoded; an empty field is left out) with its SHA-256, which decides "changed".
 */
public final class EntryFields {

    private EntryFields() {
    }

    public static Map<String, String> of(Entry e) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "source", e.source());
        put(fields, "document_no", e.documentNo());
        put(fields, "operator", e.operator());
        put(fields, "entered_at", e.enteredAt());
        put(fields, "sku_code", e.skuCode());
        put(fields, "quantity", e.quantity() == null ? null : e.quantity().stripTrailingZeros().toPlainString());
        put(fields, "unit", e.unit());
        put(fields, "batch_no", e.batchNo());
        put(fields, "production_date", e.productionDate());
        put(fields, "expiry_date", e.expiryDate());
        put(fields, "warehouse", e.warehouse());
        put(fields, "order_no", e.orderNo());
        put(fields, "confirmed", e.confirmed());
        return fields;
    }

    public static String encode(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> {
            if (value != null) {
                text.append(text.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return text.toString();
    }

    public static Map<String, String> decode(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return fields;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** Hex SHA-256 of the text (UTF-8): the snapshot's row hash and the audit lines' content key. */
    public static String hash(String encoded) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(encoded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(Map<String, String> fields, String name, Object value) {
        fields.put(name, value == null ? null : Objects.toString(value));
    }
}
