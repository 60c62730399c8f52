package io.orderhub.sandbox.generator;

import java.math.BigDecimal;

/** Fen → yuan text. Exact decimal arithmetic only; never through double. */
public final class Money {
    private Money() {
    }

    /** Yuan with scale 2: 1250 → "12.50". */
    public static String yuanText(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** Shortest exact JSON number in yuan: 1250 → "12.5", 1000 → "10", 5 → "0.05". */
    public static String yuanNumber(long fen) {
        BigDecimal value = BigDecimal.valueOf(fen, 2).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    public static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
