package io.portalops.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.security.AccountService;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;

@Route("account/password")
@PageTitle("Change password")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Repeat new password");
    final Button save = new Button("Change password");

    ChangePasswordView(AccountService accounts) {
        addClassName("narrow-view");
        boolean forced = accounts.mustChangePassword();
        add(new H2("Change password"));
        if (forced) {
            add(new Paragraph("Your password was set by an administrator. Choose your own before you continue."));
        }
        next.setHelperText("At least 12 characters, not containing your username.");
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            clearErrors();
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage("The passwords differ.");
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                Notifications.success("Password changed");
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InvalidInputException e) {
                PasswordField field = e.fieldErrors().containsKey("currentPassword") ? current : next;
                field.setInvalid(true);
                field.setErrorMessage(e.getMessage());
            }
        });
        add(form, save);
    }

    private void clearErrors() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
    }
}
