package io.orderhub.report.file;

/**
 * The one rule for text cells of the files people open in a spreadsheet (CSV and XLSX): a cell whose text a
 * spreadsheet could take for a formula is prefixed with a single quote, so it is shown as text (OWASP "CSV
 * Injection"). Shop names, buyer remarks and SKU titles come from outside: {@code =HYPERLINK(…)} or
 * {@code @SUM(…)} in a remark must not run on a manager's machine.
 *
 * <p>Neutralised: text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (OWASP's
 * list); the same after leading whitespace ({@code " =1+1"}, {@code "\n@x"}: some importers trim it, and the quote
 * costs nothing there); and the full-width forms {@code ＝ ＋ － ＠} (U+FF1D, U+FF0B, U+FF0D, U+FF20), which Chinese
 * input methods type and East Asian spreadsheet entry converts to their ASCII forms — no importer is known to run
 * them, but text that starts with one is rare and a visible quote is the whole cost. The original text is kept after
 * the quote, whitespace included.
 *
 * <p>Only for text: numbers and dates are written as typed cells (a negative amount stays a number, never
 * {@code '-5}). Quoting of separators and double quotes is the CSV printer's job, not this rule's.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetCells() {
    }

    /** The text to write into a text cell; {@code null} stays {@code null}. */
    public static String neutralise(String text) {
        return text != null && startsLikeFormula(text) ? "'" + text : text;
    }

    static boolean startsLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        int i = 0;
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
    }

    /** Spaces of every kind (incl. no-break and the ideographic space U+3000) and control characters. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
