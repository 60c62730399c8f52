package io.orderhub.sync.channel;

/** Keeps just enough of a buyer reference to tell two buyers apart in a support case, never the full value. */
public final class BuyerMask {

    private BuyerMask() {
    }

    public static String mask(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String trimmed = reference.strip();
        int[] codePoints = trimmed.codePoints().toArray();
        if (codePoints.length <= 2) {
            return new String(codePoints, 0, 1) + "***";
        }
        return new String(codePoints, 0, 1) + "***" + new String(codePoints, codePoints.length - 1, 1);
    }
}
