package io.portalops.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One line of text that can be stored: no NUL, no other control character, no tab or line break, no unpaired
 * surrogate ({@link io.portalops.shared.text.PlainText#singleLineProblem}). For names, ids, titles, addresses of
 * one line. Null is valid. The same annotation serves the API (through the services' validation) and the Vaadin
 * forms (through their Bean Validation binders); its length goes in a {@code @Size} next to it.
 */
@Documented
@Constraint(validatedBy = SingleLineTextValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.METHOD,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLineText {

    String message() default "must be one line of text without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
