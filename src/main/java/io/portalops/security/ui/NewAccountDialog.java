package io.portalops.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.Violations;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.Notifications;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;

class NewAccountDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Full name");
    final EmailField email = new EmailField("Email");
    final CheckboxGroup<Role> roles = RolesDialog.roleChooser();
    final PasswordField password = new PasswordField("Initial password");

    NewAccountDialog(AccountService accounts, Runnable onSaved) {
        setHeaderTitle("New account");
        FormConstraints.apply(username, NewAccount.class, "username");
        FormConstraints.apply(displayName, NewAccount.class, "displayName");
        FormConstraints.apply(email, NewAccount.class, "email");
        password.setHelperText("At least 12 characters. The user must change it at first sign-in.");
        FormLayout form = new FormLayout(username, displayName, email, password, roles);
        form.setColspan(roles, 2);
        add(form);
        Button save = new Button("Create", click -> {
            Map<String, HasValidation> fields = Map.of(
                    "username",
                    username,
                    "displayName",
                    displayName,
                    "email",
                    email,
                    "roles",
                    roles,
                    "initialPassword",
                    password);
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                accounts.create(new NewAccount(
                        username.getValue(),
                        displayName.getValue(),
                        email.getValue(),
                        roles.getValue(),
                        password.getValue()));
                Notifications.success("Account " + username.getValue() + " created");
                onSaved.run();
                close();
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach((field, message) -> FieldErrors.show(fields.get(field), message));
            } catch (ConstraintViolationException e) {
                Violations.forEach(e, (field, message) -> FieldErrors.show(fields.get(field), message));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
