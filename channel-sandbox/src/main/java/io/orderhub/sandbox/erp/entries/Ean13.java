package io.orderhub.sandbox.erp.entries;

/** EAN-13 check digits (GS1: weights 1 and 3 from the left over the first twelve digits). */
public final class Ean13 {

    private Ean13() {
    }

    public static int checkDigit(String first12) {
        if (!first12.matches("\\d{12}")) {
            throw new IllegalArgumentException("an EAN-13 check digit needs twelve digits");
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    public static String complete(String first12) {
        return first12 + checkDigit(first12);
    }

    public static boolean valid(String code) {
        return code != null && code.matches("\\d{13}") && checkDigit(code.substring(0, 12)) == code.charAt(12) - '0';
    }
}
