package io.orderhub.common.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YuanTest {

    @Test
    void fenBecomesYuanExactly() {
        assertThat(Yuan.ofFen(12345)).isEqualTo(new BigDecimal("123.45"));
        assertThat(Yuan.ofFen(5)).isEqualTo(new BigDecimal("0.05"));
    }

    @Test
    void yuanTextIsScaledToTwoDecimals() {
        assertThat(Yuan.parse("12.5")).isEqualTo(new BigDecimal("12.50"));
        assertThat(Yuan.parse("12")).isEqualTo(new BigDecimal("12.00"));
        assertThat(Yuan.parse("0.10000")).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void moreThanTwoSignificantDecimalsIsRefusedNotRounded() {
        assertThatThrownBy(() -> Yuan.parse("12.345")).isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("more than 2 decimals");
    }

    @Test
    void textThatIsNotANumberIsRefusedWithTheText() {
        assertThatThrownBy(() -> Yuan.parse("12,50")).hasMessageContaining("'12,50'");
        assertThatThrownBy(() -> Yuan.parse(" ")).hasMessageContaining("empty");
    }
}
