package io.orderhub.report.entry.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedSkuValuesTest {

    private final SharedSkuValues shared = new SharedSkuValues();

    @Test
    void equalValuesReadForTwoSkusAreOneInstance() {
        String first = shared.text(new String("箱"));
        String second = shared.text(new String("箱"));

        assertThat(second).isSameAs(first).isEqualTo("箱");
        assertThat(shared.number(new BigDecimal("60"))).isSameAs(shared.number(new BigDecimal("60")));
        assertThat(shared.number(Integer.valueOf(365))).isSameAs(shared.number(Integer.valueOf(365)));
    }

    @Test
    void numbersThatDifferOnlyInScaleStaySeparateSoNothingARuleReadsChanges() {
        BigDecimal whole = shared.number(new BigDecimal("60"));
        BigDecimal withCents = shared.number(new BigDecimal("60.00"));

        assertThat(withCents).isNotSameAs(whole);
        assertThat(withCents.toPlainString()).isEqualTo("60.00");
    }

    @Test
    void oneUnitFactorTextIsParsedOnceAndItsUnitsAndFactorsAreShared() {
        Map<String, BigDecimal> first = shared.unitFactors("件=1;箱=12");
        Map<String, BigDecimal> second = shared.unitFactors("件=1;箱=12");
        Map<String, BigDecimal> other = shared.unitFactors("件=1;箱=24");

        assertThat(second).isSameAs(first).isEqualTo(Map.of("件", BigDecimal.ONE, "箱", new BigDecimal("12")));
        assertThat(other).isEqualTo(Map.of("件", BigDecimal.ONE, "箱", new BigDecimal("24")));
        String pieceInFirst = first.keySet().stream().filter("件"::equals).findFirst().orElseThrow();
        String pieceInOther = other.keySet().stream().filter("件"::equals).findFirst().orElseThrow();
        assertThat(pieceInOther).isSameAs(pieceInFirst);
        assertThat(other.get("件")).isSameAs(first.get("件"));
    }

    @Test
    void aBadUnitFactorTextIsRefusedNamingThePartEveryTimeItIsRead() {
        assertThatThrownBy(() -> shared.unitFactors("件=1;箱=twelve"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor of 箱 is not a number");
        assertThatThrownBy(() -> shared.unitFactors("件=1;箱=twelve"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor of 箱 is not a number");
    }
}
