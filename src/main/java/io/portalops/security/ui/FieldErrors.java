package io.portalops.security.ui;

import com.vaadin.flow.component.HasValidation;

final class FieldErrors {

    private FieldErrors() {
    }

    static void show(HasValidation field, String message) {
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
