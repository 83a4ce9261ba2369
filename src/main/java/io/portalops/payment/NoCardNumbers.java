package io.portalops.payment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import org.jspecify.annotations.Nullable;

/**
 * No text component of the annotated record holds a full card number ({@link CardNumbers}). It checks every String
 * component, so a text field added later is covered without anyone remembering to annotate it; each violation names
 * its field.
 */
@Documented
@Constraint(validatedBy = NoCardNumbers.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoCardNumbers {

    String message() default CardNumbers.REFUSAL;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NoCardNumbers, Record> {

        @Override
        public boolean isValid(@Nullable Record value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = true;
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (component.getType() == String.class && CardNumbers.containsCardNumber(read(component, value))) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                    }
                    valid = false;
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode(component.getName())
                            .addConstraintViolation();
                }
            }
            return valid;
        }

        private static @Nullable String read(RecordComponent component, Record value) {
            try {
                component.getAccessor().setAccessible(true);
                return (String) component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName(), e);
            }
        }
    }
}
