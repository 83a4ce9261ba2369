package io.portalops.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portalops.security.SsoLogin;
import io.portalops.security.SsoRefusedException;

/** Why an SSO sign-in that the identity provider accepted was refused here, and what to do about it (ADR 031). */
@Route(value = SsoLogin.REFUSED_PAGE, autoLayout = false)
@PageTitle("Sign-in refused · PortalOps")
@AnonymousAllowed
public class SsoRefusedView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph reason = new Paragraph();

    SsoRefusedView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        Anchor back = new Anchor("login", "Back to sign-in");
        back.setRouterIgnore(true);
        add(new H1("Sign-in refused"), reason, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("reason")
                .orElse("");
        reason.setText(
                switch (code) {
                    case SsoRefusedException.NO_MAPPED_GROUP ->
                        "Your identity provider signed you in, but none of your groups "
                                + "gives access to PortalOps. Ask your administrator to add you to a PortalOps group, then sign in again.";
                    case SsoRefusedException.DISABLED -> "Your PortalOps account is disabled. Ask your administrator.";
                    default -> "PortalOps refused this sign-in. Ask your administrator.";
                });
    }
}
