package io.orderhub.common.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobParametersTest {

    record Window(@Min(1) int minutes) {
    }

    record Param(@NotEmpty List<String> channels, @Valid Window window) {
    }

    record Optional(String note) {
    }

    private final JobParameters parameters = new JobParameters(
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void validJsonBecomesTheRecord() {
        Param param = parameters.parse("{\"channels\":[\"JD\"],\"window\":{\"minutes\":30}}", Param.class);

        assertThat(param).isEqualTo(new Param(List.of("JD"), new Window(30)));
    }

    @Test
    void blankParameterIsAnEmptyObject() {
        assertThat(parameters.parse("  ", Optional.class)).isEqualTo(new Optional(null));
    }

    @Test
    void unknownFieldIsNamed() {
        assertThatThrownBy(() -> parameters.parse("{\"channels\":[\"JD\"],\"chanels\":1}", Param.class))
                .isInstanceOf(InvalidJobParameterException.class)
                .hasMessageContaining("'chanels'")
                .hasMessageContaining("unknown field");
    }

    @Test
    void wrongTypeNamesTheNestedField() {
        assertThatThrownBy(() -> parameters.parse("{\"channels\":[\"JD\"],\"window\":{\"minutes\":\"x\"}}", Param.class))
                .isInstanceOf(InvalidJobParameterException.class)
                .extracting(e -> ((InvalidJobParameterException) e).field())
                .isEqualTo("window.minutes");
    }

    @Test
    void constraintViolationNamesTheFieldAndValue() {
        assertThatThrownBy(() -> parameters.parse("{\"channels\":[\"JD\"],\"window\":{\"minutes\":0}}", Param.class))
                .hasMessageContaining("'window.minutes'")
                .hasMessageContaining("(was 0)");
        assertThatThrownBy(() -> parameters.parse("{\"channels\":[]}", Param.class))
                .hasMessageContaining("'channels'");
    }

    @Test
    void notJsonIsReportedAsSuch() {
        assertThatThrownBy(() -> parameters.parse("channels=JD", Param.class))
                .isInstanceOf(InvalidJobParameterException.class)
                .hasMessageContaining("(root)");
    }
}
