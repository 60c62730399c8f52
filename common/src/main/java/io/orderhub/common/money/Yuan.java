package io.orderhub.common.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one money type of the suite: {@link BigDecimal} yuan with scale 2. Fen (Douyin) and yuan text or JSON
 * numbers (Taobao, JD, PDD) are converted here, exactly: a value that would need rounding is refused, never
 * silently changed.
 */
public final class Yuan {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Yuan() {
    }

    /** Fen (integer hundredths) to yuan. */
    public static BigDecimal ofFen(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** Decimal yuan text ("12.50", "12.5", "12") to yuan; throws {@link NumberFormatException} naming the text. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new NumberFormatException("empty amount");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new NumberFormatException("not a decimal amount: '" + text + "'");
        }
        return exact(value, text);
    }

    /** Scales a value to 2 decimals, refusing one with more significant decimals (a unit mistake, not rounding noise). */
    public static BigDecimal exact(BigDecimal value, String what) {
        if (value == null) {
            throw new NumberFormatException(what + ": amount missing");
        }
        try {
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new NumberFormatException(what + ": more than 2 decimals in " + value.toPlainString());
        }
    }
}
