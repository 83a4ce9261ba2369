package io.portalops.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.portalops.shared.validation.FreeText;
import io.portalops.shared.validation.StorableDate;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Gives a form's text field the limits of the input record it fills, read from that record's Bean Validation
 * constraints, so that the form and the API show the same limit and the same message: the field's maxLength (the
 * browser stops typing there), its message when the value is longer anyway, and its required indicator. Text a service
 * takes as a plain argument gets its limit from the constant the service checks ({@link #limit(TextArea, int)}).
 * Dates and numbers get their range the same way: a {@link StorableDate} picker offers only the storable years, an
 * integer field its {@code @Min}/{@code @Max}, and an amount field says its {@code @DecimalMin} and decimals; each with
 * the message the API answers for a value outside.
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

    /** A {@link StorableDate} picker: no day outside years 1900 to 2200 can be picked, and a typed one is refused. */
    public static void apply(DatePicker field, Class<? extends Record> record, String property) {
        if (field(record, property).isAnnotationPresent(StorableDate.class)) {
            LocalDate min = LocalDate.of(StorableDate.MIN_YEAR, 1, 1);
            LocalDate max = LocalDate.of(StorableDate.MAX_YEAR, 12, 31);
            field.setMin(min);
            field.setMax(max);
            DatePicker.DatePickerI18n i18n =
                    field.getI18n() == null ? new DatePicker.DatePickerI18n() : field.getI18n();
            field.setI18n(i18n.setMinErrorMessage(message(record, property, min.minusDays(1), StorableDate.class))
                    .setMaxErrorMessage(message(record, property, max.plusDays(1), StorableDate.class)));
        }
        field.setRequiredIndicatorVisible(required(record, property));
    }

    /** An integer field gets the {@code @Min}/{@code @Max} of its component, with their messages. */
    public static void apply(IntegerField field, Class<? extends Record> record, String property) {
        Field component = field(record, property);
        IntegerField.IntegerFieldI18n i18n =
                field.getI18n() == null ? new IntegerField.IntegerFieldI18n() : field.getI18n();
        Min min = component.getAnnotation(Min.class);
        if (min != null) {
            field.setMin(Math.toIntExact(min.value()));
            i18n.setMinErrorMessage(message(record, property, Math.toIntExact(min.value()) - 1, Min.class));
        }
        Max max = component.getAnnotation(Max.class);
        if (max != null) {
            field.setMax(Math.toIntExact(max.value()));
            i18n.setMaxErrorMessage(message(record, property, Math.toIntExact(max.value()) + 1, Max.class));
        }
        field.setI18n(i18n);
        field.setRequiredIndicatorVisible(
                required(record, property) || component.getType().isPrimitive());
    }

    /**
     * An amount: the web component has no minimum of its own, so the range is said under the field ("0.00 or more, at
     * most 2 decimals") and the form's binder checks the component's constraints, which give the API's message.
     */
    public static void apply(BigDecimalField field, Class<? extends Record> record, String property) {
        Field component = field(record, property);
        List<String> rules = new ArrayList<>();
        DecimalMin min = component.getAnnotation(DecimalMin.class);
        if (min != null) {
            rules.add(min.value() + (min.inclusive() ? " or more" : " or more, not " + min.value()));
        }
        Digits digits = component.getAnnotation(Digits.class);
        if (digits != null) {
            rules.add("at most " + digits.fraction() + " decimals");
        }
        if (!rules.isEmpty()) {
            field.setHelperText(String.join(", ", rules));
        }
        field.setRequiredIndicatorVisible(required(record, property));
    }

    /** The helper text of an amount with a lower bound a record checks in code. */
    public static String atLeast(BigDecimal min) {
        return min.toPlainString() + " or more";
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

    /** The message Bean Validation gives for {@code value} under {@code constraint}: the API's for the same input. */
    private static String message(
            Class<? extends Record> record, String property, Object value, Class<? extends Annotation> constraint) {
        Optional<String> message = FACTORY.getValidator().validateValue(record, property, value).stream()
                .filter(v -> constraint.isInstance(v.getConstraintDescriptor().getAnnotation()))
                .map(ConstraintViolation::getMessage)
                .findFirst();
        return message.orElseThrow(() -> new IllegalStateException(record.getSimpleName() + "." + property + " accepts "
                + value + " despite its " + constraint.getSimpleName()));
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
