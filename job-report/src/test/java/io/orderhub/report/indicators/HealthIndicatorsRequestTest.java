package io.orderhub.report.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.job.InvalidJobParameterException;
import io.orderhub.common.job.JobParameters;
import jakarta.validation.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The healthIndicators parameter as the admin sends it: blank = yesterday, or a range; mistakes name the field. */
class HealthIndicatorsRequestTest {

    private final JobParameters parameters =
            new JobParameters(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void blankParameterMeansYesterday() {
        assertThat(parameters.parse("", HealthIndicatorsRequest.class)).isEqualTo(new HealthIndicatorsRequest(null, null));
    }

    @Test
    void rangeIsReadAsGmt8Days() {
        assertThat(parameters.parse("{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}", HealthIndicatorsRequest.class))
                .isEqualTo(new HealthIndicatorsRequest(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void malformedDateNamesTheField() {
        assertThatThrownBy(() -> parameters.parse("{\"from\":\"2026-13-01\",\"to\":\"2026-11-30\"}",
                HealthIndicatorsRequest.class)).isInstanceOf(InvalidJobParameterException.class)
                .hasMessageContaining("from").hasMessageContaining("a date like");
    }

    @Test
    void fromWithoutToIsRefusedNamingTo() {
        assertThatThrownBy(() -> parameters.parse("{\"from\":\"2026-11-01\"}", HealthIndicatorsRequest.class))
                .isInstanceOf(InvalidJobParameterException.class).hasMessageContaining("to")
                .hasMessageContaining("both 'from' and 'to'");
    }

    @Test
    void toBeforeFromIsRefused() {
        assertThatThrownBy(() -> parameters.parse("{\"from\":\"2026-11-30\",\"to\":\"2026-11-01\"}",
                HealthIndicatorsRequest.class)).isInstanceOf(InvalidJobParameterException.class)
                .hasMessageContaining("'to' not before 'from'");
    }

    @Test
    void rangeLongerThanAYearIsRefusedNamingFrom() {
        assertThatThrownBy(() -> parameters.parse("{\"from\":\"2025-01-01\",\"to\":\"2026-11-30\"}",
                HealthIndicatorsRequest.class)).isInstanceOf(InvalidJobParameterException.class)
                .hasMessageContaining("from").hasMessageContaining("at most 366 days");
    }

    @Test
    void unknownFieldIsRefused() {
        assertThatThrownBy(() -> parameters.parse("{\"day\":\"2026-11-01\"}", HealthIndicatorsRequest.class))
                .isInstanceOf(InvalidJobParameterException.class).hasMessageContaining("unknown field");
    }
}
