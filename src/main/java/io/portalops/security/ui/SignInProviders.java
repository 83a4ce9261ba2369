package io.portalops.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portalops.security.SignInOption;
import java.util.List;

/**
 * The login page's "Sign in with …" buttons. Plain links, outside Vaadin's router, because the sign-in starts with a
 * full-page redirect to the provider. Empty, and invisible, without providers.
 */
class SignInProviders extends VerticalLayout {

    SignInProviders(List<SignInOption> options) {
        addClassName("sign-in-providers");
        setPadding(false);
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-s)");
        setAlignItems(Alignment.STRETCH);
        setWidth("20rem");
        setVisible(!options.isEmpty());
        for (SignInOption option : options) {
            Button button = new Button("Sign in with " + option.displayName(), VaadinIcon.SIGN_IN.create());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setWidthFull();
            button.setTabIndex(-1);
            Anchor link = new Anchor(option.url(), button);
            link.setRouterIgnore(true);
            link.setId("sso-" + option.id());
            link.getElement().setAttribute("aria-label", "Sign in with " + option.displayName());
            add(link);
        }
    }
}
