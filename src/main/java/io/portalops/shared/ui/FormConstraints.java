package io.portalops.shared.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.portalops.shared.validation.FreeText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.OptionalInt;

/**
 * Gives a form's text field the limits of the input record it fills, read from that record's Bean Validation
 * constraints, so that the form and the API show the same limit and the same message: the field's maxLength (the
 * browser stops typing there), its message when the value is longer anyway, and its required indicator. Text a service
 * takes as a plain argument gets its limit from the constant the service checks ({@link #limit(TextArea, int)}).
 */
public final class FormConstraints {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private FormConstraints() {}

    public static void apply(TextField field, Class<? extends Record> record, String property) {
        maxLength(record, property).ifPresent(max -> {
            field.setMaxLength(max);
            field.setI18n(
                    field.getI18n() == null
                            ? new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong(record, property, max))
                            : field.getI18n().setMaxLengthErrorMessage(tooLong(record, property, max)));
        });
        field.setRequiredIndicatorVisible(required(record, property));
    }

    public static void apply(TextArea field, Class<? extends Record> record, String property) {
        maxLength(record, property).ifPresent(max -> {
            field.setMaxLength(max);
            field.setI18n(
                    field.getI18n() == null
                            ? new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong(record, property, max))
                            : field.getI18n().setMaxLengthErrorMessage(tooLong(record, property, max)));
        });
        field.setRequiredIndicatorVisible(required(record, property));
    }

    public static void apply(EmailField field, Class<? extends Record> record, String property) {
        maxLength(record, property).ifPresent(max -> {
            field.setMaxLength(max);
            field.setI18n(
                    field.getI18n() == null
                            ? new EmailField.EmailFieldI18n().setMaxLengthErrorMessage(tooLong(record, property, max))
                            : field.getI18n().setMaxLengthErrorMessage(tooLong(record, property, max)));
        });
        field.setRequiredIndicatorVisible(required(record, property));
    }

    /** For text a service checks with {@link FreeText} against the constant {@code max}. */
    public static void limit(TextArea field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(FreeText.tooLong(max)));
    }

    /** For text a service checks with {@link FreeText} against the constant {@code max}. */
    public static void limit(TextField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(FreeText.tooLong(max)));
    }

    /** The {@code @Size(max)} of the record's component, if it has one. */
    public static OptionalInt maxLength(Class<? extends Record> record, String property) {
        Size size = field(record, property).getAnnotation(Size.class);
        return size == null || size.max() == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(size.max());
    }

    private static boolean required(Class<? extends Record> record, String property) {
        Field field = field(record, property);
        return field.isAnnotationPresent(NotBlank.class)
                || field.isAnnotationPresent(NotNull.class)
                || field.isAnnotationPresent(NotEmpty.class);
    }

    /** The message Bean Validation gives for a value one character too long: the API's message for the same mistake. */
    private static String tooLong(Class<? extends Record> record, String property, int max) {
        Validator validator = FACTORY.getValidator();
        return validator.validateValue(record, property, "x".repeat(max + 1)).stream()
                .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof Size)
                .map(ConstraintViolation::getMessage)
                .findFirst()
                .orElse(FreeText.tooLong(max));
    }

    private static Field field(Class<? extends Record> record, String property) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(property)) {
                try {
                    return record.getDeclaredField(property);
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(record.getSimpleName() + " has no component " + property);
    }
}
