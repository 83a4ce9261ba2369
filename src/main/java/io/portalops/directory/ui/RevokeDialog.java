package io.portalops.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.GrantListItem;
import io.portalops.directory.GrantStatus;
import io.portalops.directory.GrantUpdate;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.Notifications;
import java.util.function.Consumer;

/** Confirms revoking a grant, with an optional reason kept as its note. */
class RevokeDialog extends Dialog {

    final TextField reason = new TextField("Reason (optional)");
    final Button confirm = new Button("Revoke access");

    RevokeDialog(AccessGrantService grants, GrantListItem grant, Consumer<GrantListItem> onRevoked) {
        setHeaderTitle(grant.status() == GrantStatus.REQUESTED ? "Turn down the request?" : "Revoke access?");
        add(new Paragraph(grant.personName() + " loses access to " + grant.productLabel()
                + (grant.status() == GrantStatus.ACTIVE ? "; the seat becomes free." : ".")));
        reason.setWidthFull();
        FormConstraints.limit(reason, GrantUpdate.MAX_NOTE);
        add(reason);
        setWidth("min(28rem, 95vw)");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                GrantListItem revoked = grants.revoke(grant.id(), reason.getValue());
                Notifications.success("Access to " + grant.productLabel() + " revoked");
                close();
                onRevoked.accept(revoked);
            } catch (InvalidInputException e) {
                FieldErrors.show(reason, e.getMessage());
            } catch (RuleViolationException | NotFoundException | StaleDataException e) {
                Notifications.error(e.getMessage());
                close();
                onRevoked.accept(grant);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
