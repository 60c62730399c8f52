package io.orderhub.sandbox.erp.entries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Puts one mistake of a given type into a clean entry, the way people make it (a transposed SKU code, a barcode
 * with a mistyped last digit, 箱 typed where 件 was meant, a date left empty, …), and says what was meant.
 */
final class EntryMistakes {

    private final EntryDraft d;
    private final Map<String, ErpSku> byCode;
    private final Random random;
    private final LocalDate day;

    EntryMistakes(EntryDraft draft, Map<String, ErpSku> byCode, Random random, LocalDate day) {
        this.d = draft;
        this.byCode = byCode;
        this.random = random;
        this.day = day;
    }

    /** The SKU a clean entry of this type needs (batch-managed for date mistakes, …). */
    static boolean fits(String type, ErpSku sku) {
        if (type == null) {
            return true;
        }
        return switch (type) {
            case "BATCH_MISSING", "PRODUCTION_DATE_MISSING", "EXPIRY_MISSING", "EXPIRED", "EXPIRY_SOON",
                 "PRODUCTION_DATE_IN_FUTURE", "EXPIRY_NOT_SHELF_LIFE" -> sku.batchManaged();
            case "QUANTITY_UNCONFIRMED" -> !sku.weighed();
            case "UNIT_FACTOR_MISTAKE" -> sku.weighed() || sku.unitFactors().get("箱").intValue() >= 12;
            default -> true;
        };
    }

    InjectedError inject(String type, List<OrderLine> lines) {
        return switch (type) {
            case "UNKNOWN_SKU" -> {
                String meant = d.skuCode;
                d.skuCode = typo(meant);
                yield error(type, "sku_code", d.skuCode, meant);
            }
            case "BARCODE_CHECK_DIGIT" -> {
                String barcode = d.sku.barcode();
                int wrong = (barcode.charAt(12) - '0' + 1 + random.nextInt(9)) % 10;
                d.skuCode = barcode.substring(0, 12) + wrong;
                yield error(type, "sku_code", d.skuCode, barcode);
            }
            case "SKU_CONFUSION" -> {
                String neighbour = neighbour(d.skuCode);
                OrderLine line = lines.remove(lines.size() - 1);
                lines.add(new OrderLine(line.orderNo(), line.lineNo(), neighbour, line.quantity()));
                yield error(type, "sku_code", d.skuCode, neighbour);
            }
            case "UNIT_NOT_ALLOWED" -> {
                String meant = d.unit;
                d.unit = d.sku.weighed() ? "箱" : "kg";
                yield error(type, "unit", d.unit, meant);
            }
            case "UNIT_FACTOR_MISTAKE" -> unitFactorMistake(type);
            case "BATCH_MISSING" -> {
                String meant = d.batchNo;
                d.batchNo = null;
                yield error(type, "batch_no", null, meant);
            }
            case "PRODUCTION_DATE_MISSING" -> {
                String meant = d.productionDate.toString();
                d.productionDate = null;
                yield error(type, "production_date", null, meant);
            }
            case "EXPIRY_MISSING" -> {
                String meant = d.expiryDate.toString();
                d.expiryDate = null;
                yield error(type, "expiry_date", null, meant);
            }
            case "EXPIRED" -> dated(type, day.minusDays(1 + random.nextInt(30)));
            case "EXPIRY_SOON" -> {
                // a warning to confirm (issue #17): an entry whose confirmed flag is set has settled it
                d.confirmed = false;
                yield dated(type, day.plusDays(1 + random.nextInt(3)));
            }
            case "PRODUCTION_DATE_IN_FUTURE" -> {
                d.productionDate = day.plusDays(5 + random.nextInt(26));
                d.expiryDate = d.productionDate.plusDays(d.sku.shelfLifeDays());
                yield error(type, "production_date", d.productionDate.toString(), "on or before " + day);
            }
            case "EXPIRY_NOT_SHELF_LIFE" -> {
                String meant = d.expiryDate.toString();
                d.expiryDate = d.expiryDate.plusDays(30 + random.nextInt(61));
                yield error(type, "expiry_date", d.expiryDate.toString(), meant);
            }
            case "QUANTITY_UNCONFIRMED" -> {
                int[] odd = {101, 103, 107, 109, 113, 115, 119, 121, 125, 127};
                d.unit = "件";
                d.quantity = BigDecimal.valueOf(odd[random.nextInt(odd.length)]);
                d.confirmed = false;
                yield error(type, "quantity", d.quantity.toPlainString(), "confirmed");
            }
            case "FIELD_REQUIRED" -> {
                String meant = d.documentNo;
                d.documentNo = null;
                yield error(type, "document_no", null, meant);
            }
            case "FIELD_TOO_LONG" -> {
                String meant = d.documentNo;
                d.documentNo = d.documentNo + "0".repeat(EntryConventions.DOCUMENT_NO_MAX_LENGTH);
                yield error(type, "document_no", d.documentNo, meant);
            }
            case "FIELD_PATTERN" -> {
                String meant = d.documentNo;
                d.documentNo = d.documentNo.substring(0, 2).toLowerCase(java.util.Locale.ROOT) + "-"
                        + d.documentNo.substring(2, 8);
                yield error(type, "document_no", d.documentNo, meant);
            }
            case "FIELD_NOT_ALLOWED" -> {
                String meant = d.warehouse;
                d.warehouse = "WH-XX";
                yield error(type, "warehouse", d.warehouse, meant);
            }
            default -> throw new IllegalArgumentException("no such mistake: " + type);
        };
    }

    /** 3 箱 meant, the pieces typed with unit 箱 (×case size); or grams typed with unit kg (×1000, confirmed). */
    private InjectedError unitFactorMistake(String type) {
        String meant;
        if (d.sku.weighed()) {
            meant = d.quantity.toPlainString() + " kg";
            d.quantity = d.quantity.multiply(BigDecimal.valueOf(1000)).stripTrailingZeros();
            d.unit = "kg";
            d.confirmed = true; // a large value confirmed by habit: the unit is still wrong
        } else {
            int k = 2 + random.nextInt(2);
            meant = k + " 箱";
            d.quantity = BigDecimal.valueOf((long) k * d.sku.unitFactors().get("箱").intValue());
            d.unit = "箱";
        }
        return error(type, "quantity", d.quantity.toPlainString() + " " + d.unit, meant);
    }

    private InjectedError dated(String type, LocalDate expiry) {
        d.expiryDate = expiry;
        d.productionDate = expiry.minusDays(d.sku.shelfLifeDays());
        return error(type, "expiry_date", expiry.toString(), "later than " + day.plusDays(
                EntryConventions.CLEAN_EXPIRY_MARGIN_DAYS));
    }

    /** A transposition of two adjacent characters that is no SKU; failing that, the last character replaced. */
    private String typo(String code) {
        for (int i = code.length() - 2; i >= 1; i--) {
            char[] c = code.toCharArray();
            if (c[i] != c[i + 1]) {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                String candidate = new String(c);
                if (!byCode.containsKey(candidate)) {
                    return candidate;
                }
            }
        }
        return code.substring(0, code.length() - 1) + "Z";
    }

    /** An existing SKU one edit away (the next or previous number of the same category). */
    private String neighbour(String code) {
        int number = Integer.parseInt(code.substring(1));
        for (int step : new int[] {1, -1, 2, -2}) {
            String candidate = code.charAt(0) + String.valueOf(number + step);
            if (byCode.containsKey(candidate) && editDistanceIsOne(code, candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no SKU one edit away from " + code + " (the master is too small)");
    }

    private static boolean editDistanceIsOne(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            diff += a.charAt(i) != b.charAt(i) ? 1 : 0;
        }
        return diff == 1;
    }

    private InjectedError error(String type, String field, String entered, String meant) {
        return new InjectedError(d.entryId, type, field, entered, meant);
    }
}
