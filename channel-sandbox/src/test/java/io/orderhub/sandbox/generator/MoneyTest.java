package io.orderhub.sandbox.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void yuanTextKeepsScaleTwo() {
        assertThat(Money.yuanText(1250)).isEqualTo("12.50");
        assertThat(Money.yuanText(0)).isEqualTo("0.00");
        assertThat(Money.yuanText(5)).isEqualTo("0.05");
    }

    @Test
    void yuanNumberIsTheShortestExactDecimal() {
        assertThat(Money.yuanNumber(1250)).isEqualTo("12.5");
        assertThat(Money.yuanNumber(1000)).isEqualTo("10");
        assertThat(Money.yuanNumber(1)).isEqualTo("0.01");
        assertThat(Money.yuanNumber(0)).isEqualTo("0");
        assertThat(Money.yuanNumber(1_234_567_890_123L)).isEqualTo("12345678901.23");
    }
}
