package io.orderhub.common.job;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the JSON job parameter typed in the admin console into a validated record. Strict on purpose: an unknown
 * field is a typo an operator wants to hear about, not a setting silently ignored. Blank parameter = {@code {}}.
 */
public class JobParameters {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final Validator validator;

    public JobParameters(Validator validator) {
        this.validator = validator;
    }

    public <P> P parse(String raw, Class<P> type) {
        String text = raw == null || raw.isBlank() ? "{}" : raw;
        P value;
        try {
            value = json.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidJobParameterException(path(e, e.getPropertyName()), "unknown field; known fields are "
                    + e.getKnownPropertyIds());
        } catch (JacksonException e) {
            throw new InvalidJobParameterException(path(e, "(root)"), firstLine(e.getOriginalMessage()));
        }
        if (value == null) {
            throw new InvalidJobParameterException("(root)", "a JSON object is required");
        }
        validator.validate(value).stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new InvalidJobParameterException(v.getPropertyPath().toString(), describe(v));
                });
        return value;
    }

    private static String describe(ConstraintViolation<?> violation) {
        return violation.getMessage() + (violation.getInvalidValue() == null ? "" : " (was " + violation.getInvalidValue() + ")");
    }

    private static String path(JacksonException e, String fallback) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        if (path.isEmpty()) {
            return fallback;
        }
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not valid JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
