package io.portalops.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.portalops.shared.security.AccountPrincipal;
import jakarta.annotation.security.PermitAll;

/**
 * The start page: a greeting and one card per area the user may open (the dashboard of #8 replaces the cards).
 */
@Route("")
@PageTitle("Start")
@Menu(order = 0, icon = "vaadin:home", title = "Start")
@PermitAll
public class HomeView extends VerticalLayout {

    HomeView(AuthenticationContext authenticationContext) {
        addClassName("home-view");
        String name = authenticationContext.getAuthenticatedUser(AccountPrincipal.class)
                .map(AccountPrincipal::getDisplayName).orElse("");
        add(new H2("Welcome, " + name), new Paragraph("These are the areas your roles open to you."));
        Div cards = new Div();
        cards.addClassName("card-grid");
        MenuConfiguration.getMenuEntries().stream().filter(entry -> entry.menuClass() != HomeView.class).forEach(entry -> {
            RouterLink card = new RouterLink();
            card.setRoute(entry.menuClass());
            card.addClassName("nav-card");
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                card.add(new Icon(entry.icon()));
            }
            card.add(new Span(entry.title()));
            cards.add(card);
        });
        add(cards);
    }
}
