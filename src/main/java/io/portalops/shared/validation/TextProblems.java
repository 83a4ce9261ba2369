package io.portalops.shared.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

final class TextProblems {

    private TextProblems() {}

    /**
     * Replaces the default message with the precise one. The problem texts are fixed sentences with a code point, never
     * the user's input, so they are safe as a message template (no expression from the input is ever interpolated).
     */
    static boolean report(@Nullable String problem, ConstraintValidatorContext context) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }
}
