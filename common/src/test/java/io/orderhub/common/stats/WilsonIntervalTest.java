package io.orderhub.common.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {

    /**
     * Newcombe, R. G. (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
     * methods", Statistics in Medicine 17, Table II, method 3 (score interval without continuity correction).
     */
    @ParameterizedTest
    @CsvSource({
            "81, 263, 0.2553, 0.3662",
            "15, 148, 0.0624, 0.1605",
            "0, 20, 0.0000, 0.1611",
            "1, 29, 0.0061, 0.1718"})
    void matchesNewcombesPublishedScoreIntervals(long successes, long n, double low, double high) {
        WilsonInterval interval = WilsonInterval.of95(successes, n);

        assertThat(interval.low()).isCloseTo(low, within(0.00005));
        assertThat(interval.high()).isCloseTo(high, within(0.00005));
    }

    @Test
    void allMatchingSampleEndsExactlyAtOneAndStartsBelowIt() {
        WilsonInterval interval = WilsonInterval.of95(10, 10);

        assertThat(interval.high()).isEqualTo(1.0);
        assertThat(interval.low()).isCloseTo(0.7225, within(0.00005));
    }

    @Test
    void emptySampleHasNoInterval() {
        assertThatThrownBy(() -> WilsonInterval.of95(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n must be positive");
    }

    @Test
    void moreSuccessesThanTrialsAreRefused() {
        assertThatThrownBy(() -> WilsonInterval.of95(11, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("successes");
    }

    @Test
    void sampledProportionWithoutComparedItemsSaysNotMeasured() {
        SampledProportion none = new SampledProportion(0, 0);

        assertThat(none.measured()).isFalse();
        assertThat(none.rate()).isEmpty();
        assertThat(none.interval95()).isEmpty();
        assertThat(none.describe()).isEqualTo("not measured");
    }

    @Test
    void sampledProportionDescribesRateSizeAndInterval() {
        assertThat(new SampledProportion(48, 50).describe()).isEqualTo("96.0 % (48/50, 95 % CI 86.5–98.9 %)");
    }
}
