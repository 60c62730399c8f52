package io.orderhub.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StatementParametersTest {

    @Test
    void dateTimeIsWrittenAsSqlTextWithoutAFractionWhenThereIsNone() {
        assertThat(StatementParameters.sqlText(LocalDateTime.of(2026, 1, 2, 3, 4, 5)))
                .isEqualTo("2026-01-02 03:04:05");
    }

    @Test
    void fractionIsKeptDownToTheMicrosecond() {
        assertThat(StatementParameters.sqlText(LocalDateTime.of(2026, 11, 11, 23, 59, 59, 120_000_000)))
                .isEqualTo("2026-11-11 23:59:59.120000");
        assertThat(StatementParameters.sqlText(LocalDateTime.of(2026, 11, 11, 0, 0, 0, 1_000)))
                .isEqualTo("2026-11-11 00:00:00.000001");
    }

    @Test
    void yearsOutsideTheSqlRangeAreRefusedRatherThanWrittenWrong() {
        assertThatThrownBy(() -> StatementParameters.sqlText(LocalDateTime.of(10000, 1, 1, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10000");
    }
}
