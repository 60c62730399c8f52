package io.orderhub.sync.channel;

import io.orderhub.common.money.Yuan;
import io.orderhub.common.quarantine.QuarantineReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads from one platform JSON object, failing with the field's path and the reason, so a bad order goes to
 * quarantine saying exactly what was wrong. Amounts are read from the JSON text straight to {@link BigDecimal}.
 *
 * <p>This is the mapping's hot path (every field of every order): a read looks its field up once, and the path of
 * a nested object or array element is only spelled out when a failure needs it.
 */
public final class JsonFields {

    private static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");

    private final JsonNode node;
    private final JsonFields parent;
    /** The field name under the parent, or the whole path when there is no parent. */
    private final String name;
    /** The element index when this is an array element, else -1. */
    private final int index;

    public JsonFields(JsonNode node, String path) {
        this(node, null, path, -1);
    }

    private JsonFields(JsonNode node, JsonFields parent, String name, int index) {
        this.node = node;
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    public JsonNode node() {
        return node;
    }

    public boolean has(String field) {
        return present(field) != null;
    }

    /** The field's value, or null when it is absent, JSON null or an empty string ("no value" on every platform). */
    private JsonNode present(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isString() && value.stringValue().isEmpty()) {
            return null;
        }
        return value;
    }

    public JsonFields object(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw missing(field);
        }
        return new JsonFields(value, this, field, -1);
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
            items.add(new JsonFields(value.get(i), this, field, i));
        }
        return items;
    }

    public String text(String field) {
        String text = textOrNull(field);
        if (text == null) {
            throw missing(field);
        }
        return text;
    }

    public String textOrNull(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return null;
        }
        if (value.isContainer()) {
            throw invalid(field, "expected a value, found " + value.getNodeType());
        }
        return value.asString();
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
        JsonNode value = present(field);
        if (value == null) {
            if (optional) {
                return Yuan.ZERO;
            }
            throw missing(field);
        }
        try {
            return value.isNumber() ? Yuan.exact(value.decimalValue(), "amount") : Yuan.parse(value.asString());
        } catch (NumberFormatException e) {
            throw invalid(field, e.getMessage());
        }
    }

    /** Fen as an integer (Douyin); absent when {@code optional} → zero. */
    public BigDecimal fen(String field, boolean optional) {
        JsonNode value = present(field);
        if (value == null) {
            if (optional) {
                return Yuan.ZERO;
            }
            throw missing(field);
        }
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
        String value = textOrNull(field);
        if (value == null) {
            if (optional) {
                return null;
            }
            throw missing(field);
        }
        String text = value.trim();
        for (String empty : none) {
            if (empty.equals(text)) {
                return null;
            }
        }
        LocalDateTime time = PlatformTimeText.parse(text);
        if (time == null) {
            throw invalid(field, "not a time 'yyyy-MM-dd HH:mm:ss': '" + text + "'");
        }
        return time;
    }

    /** Unix seconds (Douyin, PDD params); 0 or absent means "no time" when {@code optional}. */
    public LocalDateTime epochSeconds(String field, boolean optional) {
        String text = textOrNull(field);
        if (text == null) {
            if (optional) {
                return null;
            }
            throw missing(field);
        }
        long seconds;
        try {
            seconds = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw invalid(field, "not an integer: '" + text + "'");
        }
        if (seconds == 0 && optional) {
            return null;
        }
        if (seconds <= 0) {
            throw invalid(field, "not a Unix time: " + seconds);
        }
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(seconds), GMT8);
    }

    public LocalDate date(String field) {
        String value = textOrNull(field);
        if (value == null) {
            return null;
        }
        String text = value.trim();
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
        String path = path();
        return path.isEmpty() ? field : path + "." + field;
    }

    private String path() {
        if (parent == null) {
            return name;
        }
        String path = parent.where(name);
        return index < 0 ? path : path + "[" + index + "]";
    }
}
