package io.orderhub.report.entry.rule;

/**
 * The GS1 check digit of EAN-8, UPC-A (12), EAN-13 and GTIN-14: from the right, the digits before the check digit
 * weigh 3, 1, 3, …; the check digit brings the sum to a multiple of 10.
 */
final class Gs1CheckDigit {

    private Gs1CheckDigit() {
    }

    /** Whether {@code text} looks like a GS1 barcode: only digits, 8, 12, 13 or 14 of them. */
    static boolean isBarcodeShaped(String text) {
        int n = text.length();
        return (n == 8 || n == 12 || n == 13 || n == 14) && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static boolean valid(String barcode) {
        return expected(barcode) == barcode.charAt(barcode.length() - 1) - '0';
    }

    /** The check digit the barcode's other digits call for. */
    static int expected(String barcode) {
        int sum = 0;
        int weight = 3;
        for (int i = barcode.length() - 2; i >= 0; i--) {
            sum += (barcode.charAt(i) - '0') * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    static String corrected(String barcode) {
        return barcode.substring(0, barcode.length() - 1) + expected(barcode);
    }
}
