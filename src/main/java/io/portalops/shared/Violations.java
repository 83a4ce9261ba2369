package io.portalops.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.function.BiConsumer;

/** Bean Validation failures of a service call, as (field, message) pairs for forms and API error maps. */
public final class Violations {

    private Violations() {}

    /** The field a violation is about: the last segment of its path, e.g. {@code create.form.email} gives {@code email}. */
    public static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    public static void forEach(ConstraintViolationException e, BiConsumer<String, String> fieldAndMessage) {
        e.getConstraintViolations().forEach(v -> fieldAndMessage.accept(field(v), v.getMessage()));
    }
}
