package io.orderhub.common.job;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
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
        } catch (InvalidFormatException e) {
            throw new InvalidJobParameterException(path(e, "(root)"), "expected " + expected(e.getTargetType())
                    + " (was " + given(e.getValue()) + ")");
        } catch (MismatchedInputException e) {
            throw new InvalidJobParameterException(path(e, "(root)"), "expected " + expected(e.getTargetType()));
        } catch (InputCoercionException e) {
            throw new InvalidJobParameterException(path(e, "(root)"), "number out of range for "
                    + expected(e.getTargetType()));
        } catch (UnexpectedEndOfInputException e) {
            throw new InvalidJobParameterException("(root)", "not valid JSON: it ends before every { and [ is closed");
        } catch (JacksonException e) {
            // Syntax errors: Jackson's own text names tokens, character codes and its source settings; the operator
            // needs where it went wrong.
            throw new InvalidJobParameterException(path(e, "(root)"), "not valid JSON" + location(e)
                    + "; expected an object like {\"field\":value}");
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

    /**
     * The constraint's message and the value the operator gave, except for a cross-field check
     * ({@code @AssertTrue boolean isTo()}): its value is the check's own {@code false}, not something typed.
     */
    private static String describe(ConstraintViolation<?> violation) {
        Object annotation = violation.getConstraintDescriptor().getAnnotation();
        boolean crossField = annotation instanceof AssertTrue || annotation instanceof AssertFalse;
        return violation.getMessage() + (violation.getInvalidValue() == null || crossField ? ""
                : " (was " + given(violation.getInvalidValue()) + ")");
    }

    /** What a field of this Java type takes, in the operator's JSON terms. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDateTime.class) {
            return "a date-time like \"2026-11-11T00:00:00\"";
        }
        if (type == LocalDate.class) {
            return "a date like \"2026-11-11\"";
        }
        if (type == Duration.class) {
            return "a duration like \"PT5M\"";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return "a JSON object";
    }

    private static String given(Object value) {
        String text = value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static String location(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
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
}
