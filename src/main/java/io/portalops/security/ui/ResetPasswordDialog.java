package io.portalops.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import io.portalops.security.AccountListItem;
import io.portalops.security.AccountService;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.Notifications;

class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(AccountListItem account, AccountService accounts, Runnable onSaved) {
        setHeaderTitle("Reset password of " + account.username());
        PasswordField password = new PasswordField("Temporary password");
        password.setHelperText("Tell it to the user; they must change it at the next sign-in.");
        password.setWidthFull();
        add(password);
        Button save = new Button("Reset", click -> {
            try {
                accounts.resetPassword(account.id(), password.getValue());
                Notifications.success("Password of " + account.username() + " reset");
                onSaved.run();
                close();
            } catch (InvalidInputException e) {
                FieldErrors.show(password, e.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
