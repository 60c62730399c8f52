package io.orderhub.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The MariaDB driver types a {@code setNull} as VARCHAR whatever the column and starts a new bulk command when a
     * column's type changes between a batch's rows: a null must keep its column's setter.
     */
    @Test
    void nullsAreBoundThroughTheSetterOfTheirColumnsType() throws Exception {
        List<String> calls = new ArrayList<>();
        PreparedStatement recording = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + "(" + args[0] + ", " + args[1] + ")");
                    return null;
                });

        new StatementParameters(recording).text(null).money(null).time(null).date(null)
                .text("a").money(new BigDecimal("1.50")).time(LocalDateTime.of(2026, 1, 2, 3, 4, 5))
                .date(LocalDate.of(2026, 1, 2));

        assertThat(calls).containsExactly("setString(1, null)", "setBigDecimal(2, null)", "setString(3, null)",
                "setString(4, null)", "setString(5, a)", "setBigDecimal(6, 1.50)", "setString(7, 2026-01-02 03:04:05)",
                "setString(8, 2026-01-02)");
    }
}
