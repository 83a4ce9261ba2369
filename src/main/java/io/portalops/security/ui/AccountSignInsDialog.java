package io.portalops.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import io.portalops.security.AccountListItem;
import io.portalops.security.SignInService;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.ui.Notifications;

/** An admin's view of one account's active sign-ins, to end one or all of them. */
class AccountSignInsDialog extends Dialog {

    final SignInsGrid grid;
    final Button endAll = new Button("End all");

    AccountSignInsDialog(AccountListItem account, SignInService signIns) {
        setHeaderTitle("Sign-ins of " + account.username());
        setWidth("min(60rem, 95vw)");
        grid = new SignInsGrid(() -> signIns.of(account.id()), id -> {
            try {
                signIns.endOf(account.id(), id);
                Notifications.success("Sign-in of " + account.username() + " ended");
            } catch (NotFoundException e) {
                Notifications.error("That sign-in has already ended.");
            }
        });
        grid.setAllRowsVisible(true);
        add(grid);
        endAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        endAll.addClickListener(click -> {
            int ended = signIns.endAllOf(account.id());
            Notifications.success(ended + " sign-in(s) of " + account.username() + " ended");
            grid.refresh();
        });
        getFooter().add(new Button("Close", click -> close()), endAll);
    }
}
