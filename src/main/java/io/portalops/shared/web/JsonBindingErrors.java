package io.portalops.shared.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns a body Jackson refused into a message for the caller: which field, and what it must be. */
final class JsonBindingErrors {

    private JsonBindingErrors() {}

    record Error(@Nullable String field, String message, String detail) {}

    static Error describe(HttpMessageNotReadableException e) {
        JacksonException jackson = find(e, JacksonException.class);
        if (jackson == null) {
            return new Error(null, "", "The request body is missing or cannot be read as JSON.");
        }
        String field = path(jackson);
        String message;
        if (jackson instanceof StreamConstraintsException) {
            message = "exceeds a limit of the JSON reader (nesting depth, number or string length).";
        } else if (jackson instanceof StreamReadException) {
            return new Error(null, "", "The request body is not valid JSON (or not valid UTF-8).");
        } else if (jackson instanceof RefusedTextException) {
            message = jackson.getOriginalMessage();
        } else if (jackson instanceof PropertyBindingException) {
            message = "is not a field of this request.";
        } else if (jackson instanceof InvalidNullException) {
            message = "is required.";
        } else if (jackson.getOriginalMessage() != null
                && jackson.getOriginalMessage().startsWith("Missing required creator property '")) {
            String text = jackson.getOriginalMessage().substring("Missing required creator property '".length());
            field = field != null ? field : text.substring(0, Math.max(0, text.indexOf('\'')));
            message = "is required.";
        } else if (jackson instanceof MismatchedInputException mismatch) {
            message = mismatch.getOriginalMessage() != null
                            && mismatch.getOriginalMessage().contains("null")
                            && mismatch.getTargetType() != null
                            && mismatch.getTargetType().isPrimitive()
                    ? "is required."
                    : "must be " + kind(mismatch.getTargetType()) + ".";
        } else if (jackson instanceof ValueInstantiationException
                && jackson.getCause() != null
                && jackson.getCause().getMessage() != null) {
            message = "is not valid: " + jackson.getCause().getMessage();
        } else {
            message = "is not valid.";
        }
        if (field == null || field.isEmpty()) {
            return new Error(null, message, "The request body " + message);
        }
        return new Error(field, message, "'" + field + "' " + message);
    }

    /** The JSON kind of a Java type, in the caller's words. */
    static String kind(@Nullable Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == long.class
                || type == int.class
                || type == short.class
                || type == Long.class
                || type == Integer.class
                || type == Short.class
                || type == BigInteger.class) {
            return "a whole number (no decimals, no quotes) in range";
        }
        if (type == double.class
                || type == float.class
                || type == Double.class
                || type == Float.class
                || type == BigDecimal.class) {
            return "a number (no quotes) in range";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (LocalDate.class.equals(type)) {
            return "a date such as 2026-12-31";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time such as 2026-12-31T10:15:30Z";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of another type";
    }

    private static @Nullable String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static <T extends Throwable> @Nullable T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
