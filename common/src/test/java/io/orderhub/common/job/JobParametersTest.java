package io.orderhub.common.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    record Backfill(Integer limit, List<String> channels, LocalDateTime from, LocalDateTime to) {
        @AssertTrue(message = "'to' must be after 'from'")
        public boolean isTo() {
            return from == null || to == null || to.isAfter(from);
        }
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("{\"channels\":[\"JD\"]", "(root)",
                        "not valid JSON: it ends before every { and [ is closed"),
                Arguments.of("{'limit':1}", "(root)",
                        "not valid JSON at line 1, column 2; expected an object like {\"field\":value}"),
                Arguments.of("channels=JD", "(root)",
                        "not valid JSON at line 1, column 1; expected an object like {\"field\":value}"),
                Arguments.of("[1]", "(root)", "expected a JSON object"),
                Arguments.of("{\"limit\":\"x\"}", "limit", "expected a whole number (was \"x\")"),
                Arguments.of("{\"limit\":99999999999999}", "limit", "number out of range for a whole number"),
                Arguments.of("{\"channels\":\"JD\"}", "channels", "expected a JSON array"),
                Arguments.of("{\"from\":\"yesterday\"}", "from",
                        "expected a date-time like \"2026-11-11T00:00:00\" (was \"yesterday\")"),
                Arguments.of("{\"from\":\"2026-11-12T00:00:00\",\"to\":\"2026-11-11T00:00:00\"}", "to",
                        "'to' must be after 'from'"));
    }

    @ParameterizedTest
    @MethodSource("badParameters")
    void errorsNameTheFieldAndTheReasonWithoutParserInternals(String json, String field, String reason) {
        assertThatThrownBy(() -> parameters.parse(json, Backfill.class))
                .isInstanceOf(InvalidJobParameterException.class)
                .hasMessage("job parameter '" + field + "': " + reason)
                .message().doesNotContain("Source", "StreamReadFeature", "java.", "`", "(was false)", "token");
    }
}
