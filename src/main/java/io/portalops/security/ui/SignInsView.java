package io.portalops.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.security.SignInService;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in user's own sign-ins: browser sessions and API tokens, each of which they may end, or all but this one.
 * Reached from the user menu.
 */
@Route("account/sign-ins")
@PageTitle("Sign-ins")
@PermitAll
public class SignInsView extends VerticalLayout {

    final SignInsGrid grid;
    final Button endOthers = new Button("End all other sign-ins");

    SignInsView(SignInService signIns) {
        setSizeFull();
        grid = new SignInsGrid(signIns::mine, id -> {
            try {
                signIns.endMine(id);
                Notifications.success("Sign-in ended");
            } catch (NotFoundException e) {
                Notifications.error("That sign-in has already ended.");
            }
        });
        grid.setSizeFull();
        endOthers.addThemeVariants(ButtonVariant.LUMO_ERROR);
        endOthers.addClickListener(click -> {
            int ended = signIns.endOthersOfMine();
            Notifications.success(ended == 1 ? "1 sign-in ended" : ended + " sign-ins ended");
            grid.refresh();
        });
        add(
                new Paragraph(
                        "Where your account is signed in. Ending a browser session signs it out at its next request; "
                                + "ending an API sign-in stops its tokens at once. If you do not recognise one, end it and change your password."),
                endOthers,
                grid);
    }
}
