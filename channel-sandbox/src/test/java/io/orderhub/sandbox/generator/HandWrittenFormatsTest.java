package io.orderhub.sandbox.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hand-written renderings say exactly what the formatter they replace would have said. */
class HandWrittenFormatsTest {

    @Test
    void zeroPaddingMatchesTheFormatter() {
        for (long value : new long[] {0, 7, 42, 999, 1000, 9999, 10000, 123456789012345L, 1234567890123456L}) {
            for (int width : new int[] {4, 15}) {
                assertThat(OrderIds.zeroPadded(value, width)).isEqualTo(String.format("%0" + width + "d", value));
            }
        }
    }

    @Test
    void platformTimeTextMatchesTheFormatter() {
        for (long second = 0; second < 4_000_000_000L; second += 86_399_937L) {
            assertThat(SimTime.text(second)).isEqualTo(SimTime.TEXT.format(SimTime.local(second)));
            assertThat(SimTime.date(second)).isEqualTo(SimTime.DATE.format(SimTime.local(second)));
        }
    }
}
