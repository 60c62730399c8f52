package io.orderhub.sync.channel;

import io.orderhub.common.money.Yuan;
import io.orderhub.common.quarantine.QuarantineReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads from one platform JSON object, failing with the field's path and the reason, so a bad order goes to
 * quarantine saying exactly what was wrong. Amounts are read from the JSON text straight to {@link BigDecimal}.
 */
public final class JsonFields {

    private static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter PLATFORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JsonNode node;
    private final String path;

    public JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public JsonNode node() {
        return node;
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull() && !(value.isString() && value.stringValue().isEmpty());
    }

    public JsonFields object(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw missing(field);
        }
        return new JsonFields(value, where(field));
    }

    /** Elements of an array field (absent = none), each as fields with its index in the path. */
    public java.util.List<JsonFields> array(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return java.util.List.of();
        }
        if (!value.isArray()) {
            throw invalid(field, "expected an array");
        }
        java.util.List<JsonFields> items = new java.util.ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(new JsonFields(value.get(i), where(field) + "[" + i + "]"));
        }
        return items;
    }

    public String text(String field) {
        if (!has(field)) {
            throw missing(field);
        }
        JsonNode value = node.get(field);
        if (value.isContainer()) {
            throw invalid(field, "expected a value, found " + value.getNodeType());
        }
        return value.asString();
    }

    public String textOrNull(String field) {
        return has(field) ? text(field) : null;
    }

    public int integer(String field) {
        String text = text(field);
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw invalid(field, "not an integer: '" + text + "'");
        }
    }

    public long longValue(String field) {
        String text = text(field);
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw invalid(field, "not an integer: '" + text + "'");
        }
    }

    /** Yuan given as decimal text ("12.50") or as a JSON number (PDD); absent when {@code optional} → zero. */
    public BigDecimal yuan(String field, boolean optional) {
        if (!has(field)) {
            if (optional) {
                return Yuan.ZERO;
            }
            throw missing(field);
        }
        JsonNode value = node.get(field);
        try {
            return value.isNumber() ? Yuan.exact(value.decimalValue(), where(field)) : Yuan.parse(value.asString());
        } catch (NumberFormatException e) {
            throw invalid(field, e.getMessage());
        }
    }

    /** Fen as an integer (Douyin); absent when {@code optional} → zero. */
    public BigDecimal fen(String field, boolean optional) {
        if (!has(field)) {
            if (optional) {
                return Yuan.ZERO;
            }
            throw missing(field);
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber()) {
            try {
                return Yuan.ofFen(Long.parseLong(value.asString().trim()));
            } catch (NumberFormatException e) {
                throw invalid(field, "not an amount in fen: '" + value.asString() + "'");
            }
        }
        return Yuan.ofFen(value.asLong());
    }

    /** Platform wall-clock text {@code yyyy-MM-dd HH:mm:ss} (GMT+8); the values in {@code none} mean "no time". */
    public LocalDateTime dateTime(String field, boolean optional, String... none) {
        if (!has(field)) {
            if (optional) {
                return null;
            }
            throw missing(field);
        }
        String text = text(field).trim();
        for (String empty : none) {
            if (empty.equals(text)) {
                return null;
            }
        }
        try {
            return LocalDateTime.parse(text.length() > 19 ? text.substring(0, 19) : text, PLATFORM_TIME);
        } catch (DateTimeParseException e) {
            throw invalid(field, "not a time 'yyyy-MM-dd HH:mm:ss': '" + text + "'");
        }
    }

    /** Unix seconds (Douyin, PDD params); 0 or absent means "no time" when {@code optional}. */
    public LocalDateTime epochSeconds(String field, boolean optional) {
        if (!has(field)) {
            if (optional) {
                return null;
            }
            throw missing(field);
        }
        long seconds = longValue(field);
        if (seconds == 0 && optional) {
            return null;
        }
        if (seconds <= 0) {
            throw invalid(field, "not a Unix time: " + seconds);
        }
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(seconds), GMT8);
    }

    public LocalDate date(String field) {
        if (!has(field)) {
            return null;
        }
        String text = text(field).trim();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw invalid(field, "not a date 'yyyy-MM-dd': '" + text + "'");
        }
    }

    public MappingFailure missing(String field) {
        return new MappingFailure(QuarantineReason.MISSING_FIELD, where(field), "required field is missing");
    }

    public MappingFailure invalid(String field, String reason) {
        return new MappingFailure(QuarantineReason.INVALID_FIELD, where(field), reason);
    }

    public String where(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
