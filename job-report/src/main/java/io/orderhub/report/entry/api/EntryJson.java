package io.orderhub.report.entry.api;

import io.orderhub.report.entry.Entry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a check request: one entry as a JSON object, or {@code {"entries": [ … ]}}. Every field is optional (the
 * rules say what is missing), but a field of the wrong type, an unknown field (a typo would silently skip a rule) or
 * a date that is not a date is refused naming the field, such as {@code entries[2].quantity}.
 */
public final class EntryJson {

    static final Set<String> FIELDS = Set.of("entryId", "source", "documentNo", "operator", "enteredAt", "skuCode",
            "quantity", "unit", "batchNo", "productionDate", "expiryDate", "warehouse", "orderNo", "confirmed");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Quantities of an entry; also keeps {@code 1e999999999} from being expanded anywhere. */
    static final int MAX_INTEGER_DIGITS = 12;
    static final int MAX_FRACTION_DIGITS = 6;

    private final int maxBatch;

    public EntryJson(int maxBatch) {
        this.maxBatch = maxBatch;
    }

    /** A parsed request: its entries, and whether it was a batch (the answer has the same shape). */
    public record Request(List<Entry> entries, boolean batch) {
    }

    public Request read(String body) {
        return read(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The request's body as sent (UTF-8 JSON), parsed from the bytes: no text copy of it is made first. */
    public Request read(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            String at = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new EntryRequestException("(body)", "not valid JSON" + at);
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new EntryRequestException("(body)", "expected a JSON object: one entry, or {\"entries\": [...]}");
        }
        JsonNode batch = root.get("entries");
        if (batch == null) {
            return new Request(List.of(entry(root, "")), false);
        }
        if (root.size() > 1) {
            throw new EntryRequestException("(body)", "a batch has only the field \"entries\"");
        }
        if (!batch.isArray()) {
            throw new EntryRequestException("entries", "expected a JSON array of entries");
        }
        if (batch.isEmpty()) {
            throw new EntryRequestException("entries", "is empty");
        }
        if (batch.size() > maxBatch) {
            throw new EntryRequestException("entries", "has " + batch.size() + " entries, at most " + maxBatch
                    + " are checked in one request");
        }
        List<Entry> entries = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            JsonNode node = batch.get(i);
            if (!node.isObject()) {
                throw new EntryRequestException("entries[" + i + "]", "expected a JSON object");
            }
            entries.add(entry(node, "entries[" + i + "]."));
        }
        return new Request(entries, true);
    }

    private static Entry entry(JsonNode node, String path) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                throw new EntryRequestException(path + field.getKey(), "unknown field; known fields are "
                        + FIELDS.stream().sorted().toList());
            }
        }
        Fields fields = new Fields(node, path);
        return new Entry(fields.text("entryId"), fields.text("source"), fields.text("documentNo"),
                fields.text("operator"), fields.dateTime("enteredAt"), fields.text("skuCode"),
                fields.number("quantity"), fields.text("unit"), fields.text("batchNo"),
                fields.date("productionDate"), fields.date("expiryDate"), fields.text("warehouse"),
                fields.text("orderNo"), fields.flag("confirmed"));
    }

    private record Fields(JsonNode node, String path) {

        String text(String name) {
            JsonNode value = present(name);
            if (value == null) {
                return null;
            }
            if (!value.isString()) {
                throw new EntryRequestException(path + name, "expected a string (was " + value.getNodeType() + ")");
            }
            return value.stringValue();
        }

        BigDecimal number(String name) {
            JsonNode value = present(name);
            if (value == null) {
                return null;
            }
            if (!value.isNumber()) {
                throw new EntryRequestException(path + name, "expected a number (was " + value.getNodeType() + ")");
            }
            BigDecimal number = value.decimalValue();
            if (number.precision() - number.scale() > MAX_INTEGER_DIGITS || number.scale() > MAX_FRACTION_DIGITS) {
                throw new EntryRequestException(path + name, "out of range: at most " + MAX_INTEGER_DIGITS
                        + " digits before and " + MAX_FRACTION_DIGITS + " after the decimal point");
            }
            return number;
        }

        boolean flag(String name) {
            JsonNode value = present(name);
            if (value == null) {
                return false;
            }
            if (!value.isBoolean()) {
                throw new EntryRequestException(path + name, "expected true or false (was " + value.getNodeType()
                        + ")");
            }
            return value.booleanValue();
        }

        LocalDate date(String name) {
            String text = text(name);
            try {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new EntryRequestException(path + name, "expected a date like \"2026-12-05\"");
            }
        }

        LocalDateTime dateTime(String name) {
            String text = text(name);
            try {
                return text == null || text.isBlank() ? null : LocalDateTime.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new EntryRequestException(path + name, "expected a GMT+8 date-time like"
                        + " \"2026-12-05T09:30:00\"");
            }
        }

        private JsonNode present(String name) {
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : value;
        }
    }
}
