package io.portalops.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.portalops.security.AccountListItem;
import io.portalops.security.TwoFactorService;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.Notifications;

/** Removes an account's second factor, with a reason for the audit log; all its sign-ins end (ADR 033). */
class ResetSecondFactorDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button reset = new Button("Reset two-factor");

    ResetSecondFactorDialog(AccountListItem account, TwoFactorService twoFactor, Runnable onDone) {
        setHeaderTitle("Reset two-factor of " + account.username());
        add(
                new Paragraph(
                        "The authenticator app and the recovery codes of " + account.username() + " stop working, and "
                                + "every sign-in of the account ends. If a role requires it, the account sets up a new app at its next sign-in."));
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setHelperText("For the audit log, e.g. \"phone lost, identity checked by call\".");
        add(reason);
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        reset.addClickListener(click -> {
            try {
                twoFactor.reset(account.id(), reason.getValue());
                Notifications.success("Two-factor of " + account.username() + " reset");
                onDone.run();
                close();
            } catch (InvalidInputException e) {
                FieldErrors.show(reason, e.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), reset);
    }
}
