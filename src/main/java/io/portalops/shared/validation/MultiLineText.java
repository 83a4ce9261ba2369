package io.portalops.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text of several lines that can be stored: tab and line breaks are allowed; NUL, other control characters and
 * unpaired surrogates are not ({@link io.portalops.shared.text.PlainText#problem}). For notes, reasons, descriptions.
 * Null is valid. Its length goes in a {@code @Size} next to it.
 */
@Documented
@Constraint(validatedBy = MultiLineTextValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.METHOD,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLineText {

    String message() default "must not contain control characters other than tab and line breaks";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
