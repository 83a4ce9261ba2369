package io.portalops.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date or instant in years 1900 to 2200. Java's dates reach year ±999,999,999 and PostgreSQL's do not; no date of
 * this business lies outside these years, so one outside is a typo or an attack. Null is valid (use @NotNull).
 * The same annotation serves the API and the Vaadin forms (through their Bean Validation binders).
 */
@Documented
@Constraint(validatedBy = StorableDateValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.METHOD,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableDate {

    int MIN_YEAR = 1900;
    int MAX_YEAR = 2200;

    String message() default "must be a date in the years 1900 to 2200";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
