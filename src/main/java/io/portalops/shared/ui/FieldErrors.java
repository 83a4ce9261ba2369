package io.portalops.shared.ui;

import com.vaadin.flow.component.HasValidation;
import org.jspecify.annotations.Nullable;

/** Shows a service's answer on the form field it is about. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Marks the field invalid with the message; a null field (an answer about no field on the form) is ignored. */
    public static void show(@Nullable HasValidation field, String message) {
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
