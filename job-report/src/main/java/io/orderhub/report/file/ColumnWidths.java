package io.orderhub.report.file;

import io.orderhub.report.file.ReportTable.CellType;
import io.orderhub.report.file.ReportTable.ReportColumn;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths of a streamed sheet, from the widest value written (SXSSF cannot auto-size columns whose rows it has
 * already flushed): in characters, a CJK or full-width character counting two, the header plus room for the filter
 * button, at least the width of the type's display format, at most {@value #MAX_CHARS} characters.
 */
final class ColumnWidths {

    private static final int MAX_CHARS = 60;
    private static final int FILTER_BUTTON_CHARS = 3;

    private final int[] chars;

    ColumnWidths(List<ReportColumn> columns) {
        chars = new int[columns.size()];
        for (int c = 0; c < chars.length; c++) {
            ReportColumn column = columns.get(c);
            chars[c] = Math.max(displayWidth(column.header()) + FILTER_BUTTON_CHARS, minimumFor(column.type()));
        }
    }

    void text(int column, String text) {
        if (chars[column] < MAX_CHARS) {
            chars[column] = Math.max(chars[column], displayWidth(text));
        }
    }

    void number(int column, double value) {
        // Grouped integer part plus two decimals: "1,234,567.89".
        long whole = (long) Math.abs(value);
        int digits = Long.toString(whole).length();
        chars[column] = Math.max(chars[column], digits + (digits - 1) / 3 + 4);
    }

    void applyTo(Sheet sheet) {
        for (int c = 0; c < chars.length; c++) {
            // Width in 1/256 of a character, with a character of padding.
            sheet.setColumnWidth(c, (Math.min(chars[c], MAX_CHARS) + 1) * 256);
        }
    }

    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += wide(codePoint) ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private static boolean wide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0xFF01 && codePoint <= 0xFF60) || (codePoint >= 0x3000 && codePoint <= 0x303F);
    }

    private static int minimumFor(CellType type) {
        return switch (type) {
            case DATE -> 10;
            case DATE_TIME -> 19;
            case PERCENT -> 6;
            case DURATION_SECONDS -> 8;
            default -> 4;
        };
    }
}
