package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.Entry;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of an {@link Entry} by the name the check API and the findings use ({@code skuCode}, …). Configuration
 * may write them kebab-case ({@code sku-code}) or in any case: {@link #named} ignores case, '-' and '_'.
 */
public enum EntryField {
    ENTRY_ID("entryId", Entry::entryId),
    SOURCE("source", Entry::source),
    DOCUMENT_NO("documentNo", Entry::documentNo),
    OPERATOR("operator", Entry::operator),
    ENTERED_AT("enteredAt", e -> e.enteredAt() == null ? null : e.enteredAt().toString()),
    SKU_CODE("skuCode", Entry::skuCode),
    QUANTITY("quantity", e -> plain(e.quantity())),
    UNIT("unit", Entry::unit),
    BATCH_NO("batchNo", Entry::batchNo),
    PRODUCTION_DATE("productionDate", e -> e.productionDate() == null ? null : e.productionDate().toString()),
    EXPIRY_DATE("expiryDate", e -> e.expiryDate() == null ? null : e.expiryDate().toString()),
    WAREHOUSE("warehouse", Entry::warehouse),
    ORDER_NO("orderNo", Entry::orderNo);

    private final String jsonName;
    private final Function<Entry, String> value;

    EntryField(String jsonName, Function<Entry, String> value) {
        this.jsonName = jsonName;
        this.value = value;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The value as entered, as text; {@code null} when empty. */
    public String valueOf(Entry entry) {
        return value.apply(entry);
    }

    public static Optional<EntryField> named(String name) {
        String wanted = normalised(name);
        return Arrays.stream(values()).filter(f -> normalised(f.jsonName).equals(wanted)).findFirst();
    }

    /**
     * The number as people write it ({@code 12}, {@code 0.5}); a number too large or too fine to write out (such as
     * {@code 1E+999999999} from a file) in scientific notation, so that it never becomes a billion-digit string.
     */
    public static String plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        boolean writable = stripped.scale() <= 30 && stripped.precision() - stripped.scale() <= 30;
        return writable ? stripped.toPlainString() : stripped.toString();
    }

    private static String normalised(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
