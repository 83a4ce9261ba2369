package io.portalops.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import io.portalops.security.AccountListItem;
import io.portalops.security.AccountService;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.Notifications;

class RolesDialog extends Dialog {

    RolesDialog(AccountListItem account, AccountService accounts, Runnable onSaved) {
        setHeaderTitle("Roles of " + account.username());
        CheckboxGroup<Role> roles = roleChooser();
        roles.setValue(account.roles());
        add(roles);
        Button save = new Button("Save", click -> {
            try {
                accounts.changeRoles(account.id(), roles.getValue());
                Notifications.success("Roles of " + account.username() + " saved");
                onSaved.run();
                close();
            } catch (InvalidInputException e) {
                FieldErrors.show(roles, e.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    static CheckboxGroup<Role> roleChooser() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        return roles;
    }
}
