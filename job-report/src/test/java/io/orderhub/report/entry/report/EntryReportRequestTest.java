package io.orderhub.report.entry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.job.InvalidJobParameterException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EntryReportRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void noParameterMeansYesterday() {
        assertThat(new EntryReportRequest(null, null, null, null).days(TODAY)).containsExactly(TODAY.minusDays(1));
    }

    @Test
    void aRangeIsEveryDayInclusive() {
        assertThat(new EntryReportRequest(null, "2026-11-29", "2026-12-01", null).days(TODAY))
                .containsExactly(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
    }

    @Test
    void aBadDateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new EntryReportRequest("2026-13-01", null, null, null).days(TODAY))
                .isInstanceOf(InvalidJobParameterException.class).hasMessageContaining("day")
                .hasMessageContaining("not a date");
    }

    @Test
    void aRangeBackwardsOrTooLongIsRefusedNamingTo() {
        assertThatThrownBy(() -> new EntryReportRequest(null, "2026-12-02", "2026-12-01", null).days(TODAY))
                .hasMessageContaining("to").hasMessageContaining("before from");
        assertThatThrownBy(() -> new EntryReportRequest(null, "2026-10-01", "2026-12-01", null).days(TODAY))
                .hasMessageContaining("longer than 31 days");
    }

    @Test
    void dayTogetherWithARangeIsRefused() {
        assertThatThrownBy(() -> new EntryReportRequest("2026-12-01", "2026-12-01", null, null).days(TODAY))
                .hasMessageContaining("either day or from/to");
    }
}
