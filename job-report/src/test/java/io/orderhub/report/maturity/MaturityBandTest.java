package io.orderhub.report.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaturityBandTest {

    @Test
    void belowTwelveIsBaseWithTheSeedsAdvice() {
        assertThat(MaturityBand.of(0)).isEqualTo(MaturityBand.BASE);
        assertThat(MaturityBand.of(11)).isEqualTo(MaturityBand.BASE);
        assertThat(MaturityBand.BASE.label()).contains("fix the three base problems first");
    }

    @Test
    void twelveToSixteenIsIntermediate() {
        assertThat(MaturityBand.of(12)).isEqualTo(MaturityBand.INTERMEDIATE);
        assertThat(MaturityBand.of(16)).isEqualTo(MaturityBand.INTERMEDIATE);
    }

    @Test
    void seventeenAndAboveIsAdvanced() {
        assertThat(MaturityBand.of(17)).isEqualTo(MaturityBand.ADVANCED);
        assertThat(MaturityBand.of(20)).isEqualTo(MaturityBand.ADVANCED);
    }

    @Test
    void aTotalOutsideZeroToTwentyIsRefused() {
        assertThatThrownBy(() -> MaturityBand.of(21)).hasMessageContaining("0–20");
        assertThatThrownBy(() -> MaturityBand.of(-1)).hasMessageContaining("0–20");
    }
}
