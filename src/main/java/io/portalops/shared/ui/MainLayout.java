package io.portalops.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.portalops.shared.security.AccountPrincipal;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frame of every signed-in view: navigation built from the routes the user may open, components that modules add
 * to the header ({@link HeaderComponentProvider}, e.g. the notification bell), the light/dark switch, and the user menu
 * with sign-out, password change and the user's sign-ins.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String COLOR_SCHEME_KEY = "portalops.colorScheme";

    private final AuthenticationContext authenticationContext;
    private final H1 viewTitle = new H1();
    private final SideNav nav = new SideNav();
    private final List<NavBadgeProvider> badgeProviders;
    private final Map<String, SideNavItem> itemsByPath = new LinkedHashMap<>();

    MainLayout(
            AuthenticationContext authenticationContext,
            List<NavBadgeProvider> badgeProviders,
            List<HeaderComponentProvider> headerProviders) {
        this.authenticationContext = authenticationContext;
        this.badgeProviders = badgeProviders;
        setPrimarySection(Section.DRAWER);

        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.addClassName("header-spacer");
        addToNavbar(new DrawerToggle(), viewTitle, spacer);
        headerProviders.forEach(provider -> provider.create().ifPresent(this::addToNavbar));
        addToNavbar(themeSwitch(), userMenu());

        Span brand = new Span("PortalOps");
        brand.addClassName("brand");
        Div header = new Div(new Icon(VaadinIcon.CLUSTER), brand);
        header.addClassName("drawer-header");
        addToDrawer(header, new Scroller(nav));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        nav.removeAll();
        itemsByPath.clear();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = navItem(entry);
            itemsByPath.put(entry.path().startsWith("/") ? entry.path().substring(1) : entry.path(), item);
            nav.addItem(item);
        });
        updateBadges();
        attachEvent
                .getUI()
                .getPage()
                .executeJs("return localStorage.getItem($0)", COLOR_SCHEME_KEY)
                .then(String.class, stored -> {
                    if ("dark".equals(stored)) {
                        attachEvent.getUI().getPage().setColorScheme(ColorScheme.Value.DARK);
                    }
                });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // a view without a title would read as its Java class name ("NotFoundView"): show nothing rather than that
        String title = MenuConfiguration.getPageHeader(getContent()).orElse("");
        viewTitle.setText(
                getContent() != null && title.equals(getContent().getClass().getSimpleName()) ? "" : title);
        updateBadges();
    }

    /** Counts such as "contracts waiting for me" change with every decision, so they are asked again on navigation. */
    private void updateBadges() {
        itemsByPath.forEach((path, item) -> {
            Optional<String> badge = badgeProviders.stream()
                    .map(p -> p.badgeFor(path))
                    .flatMap(Optional::stream)
                    .findFirst();
            if (badge.isEmpty()) {
                item.setSuffixComponent(null);
                return;
            }
            Span count = new Span(badge.get());
            count.getElement().getThemeList().add("badge pill small primary");
            count.addClassName("nav-badge");
            count.getElement().setAttribute("aria-label", badge.get() + " waiting");
            item.setSuffixComponent(count);
        });
    }

    private static SideNavItem navItem(MenuEntry entry) {
        SideNavItem item = new SideNavItem(entry.title(), entry.path());
        item.setMatchNested(true);
        if (entry.icon() != null) {
            item.setPrefixComponent(
                    entry.icon().startsWith("vaadin:") ? new Icon(entry.icon()) : new SvgIcon(entry.icon()));
        }
        return item;
    }

    private Component themeSwitch() {
        Button toggle = new Button(new Icon(VaadinIcon.ADJUST));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        toggle.setAriaLabel("Switch light or dark theme");
        toggle.setTooltipText("Light / dark");
        toggle.addClickListener(click -> click.getSource().getUI().ifPresent(ui -> {
            boolean dark = ui.getPage().getColorScheme() == ColorScheme.Value.DARK;
            ColorScheme.Value next = dark ? ColorScheme.Value.LIGHT : ColorScheme.Value.DARK;
            ui.getPage().setColorScheme(next);
            ui.getPage().executeJs("localStorage.setItem($0, $1)", COLOR_SCHEME_KEY, dark ? "light" : "dark");
        }));
        return toggle;
    }

    private Component userMenu() {
        AccountPrincipal user = authenticationContext
                .getAuthenticatedUser(AccountPrincipal.class)
                .orElseThrow();
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(user.getDisplayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        Span name = new Span(user.getDisplayName());
        name.addClassName("user-name");
        Div trigger = new Div(avatar, name);
        trigger.addClassName("user-menu");
        var item = menu.addItem(trigger);
        item.getSubMenu().addItem("Signed in as " + user.getUsername()).setEnabled(false);
        // an SSO account has no password here (docs/security/sso.md)
        if (!(user instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser)) {
            item.getSubMenu()
                    .addItem("Change password", click -> getUI().ifPresent(ui -> ui.navigate("account/password")));
        }
        item.getSubMenu()
                .addItem(
                        "Two-factor authentication",
                        click -> getUI().ifPresent(ui -> ui.navigate("account/two-factor")));
        item.getSubMenu().addItem("Preferences", click -> getUI().ifPresent(ui -> ui.navigate("account/preferences")));
        item.getSubMenu().addItem("Sign-ins", click -> getUI().ifPresent(ui -> ui.navigate("account/sign-ins")));
        item.getSubMenu()
                .addItem("Calendar feed", click -> getUI().ifPresent(ui -> ui.navigate("account/calendar-feed")));
        item.getSubMenu().addItem("Sign out", click -> authenticationContext.logout());
        return menu;
    }
}
