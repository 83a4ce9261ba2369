package io.portalops.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.Violations;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Shows a service's answer on the form field it is about. The forms bind each field by the name of the record
 * component it fills ({@code new Binder<>(Form.class)}, {@code forField(field).bind("name")}), so the field of a
 * property is {@link Binder#getBinding(String)}'s; a name the record lacks fails when the form binds it.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /** Marks the field invalid with the message; an answer about no field on the form becomes a notification. */
    public static void show(@Nullable HasValidation field, String message) {
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Notifications.error(message);
        }
    }

    /**
     * The field bound under {@code property}; for a nested property ({@code cost.amount}) the field of its outer
     * component. Null for a component the form fills without a field, such as the version.
     */
    public static <B> @Nullable HasValidation field(Binder<B> binder, String property) {
        int dot = property.indexOf('.');
        return binder.getBinding(property)
                .or(() -> dot > 0 ? binder.getBinding(property.substring(0, dot)) : Optional.empty())
                .map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .orElse(null);
    }

    /** Shows the message on the field bound under the property in {@code binder}, or as a notification. */
    public static <B> BiConsumer<String, String> on(Binder<B> binder) {
        return (property, message) -> show(field(binder, property), message);
    }

    /**
     * Runs a form's save: bad input lands on its fields, a stale version becomes a notification, and nothing else is
     * caught. Empty when the save was refused.
     */
    public static <T> Optional<T> attempt(Supplier<T> save, BiConsumer<String, String> showError) {
        try {
            return Optional.of(save.get());
        } catch (StaleDataException e) {
            Notifications.error(e.getMessage());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(showError);
        } catch (ConstraintViolationException e) {
            Violations.forEach(e, showError);
        }
        return Optional.empty();
    }
}
