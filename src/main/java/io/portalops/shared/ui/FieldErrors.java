package io.portalops.shared.ui;

import com.vaadin.flow.component.HasValidation;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.Violations;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Shows a service's answer on the form field it is about. */
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

    /** Shows the message on the field the form maps the property to, or as a notification. */
    public static BiConsumer<String, String> on(Function<String, @Nullable HasValidation> fieldOf) {
        return (property, message) -> show(fieldOf.apply(property), message);
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
