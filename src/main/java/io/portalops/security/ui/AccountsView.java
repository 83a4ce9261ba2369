package io.portalops.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.audit.ui.HistoryDialog;
import io.portalops.security.AccountHistory;
import io.portalops.security.AccountLinkItem;
import io.portalops.security.AccountLinks;
import io.portalops.security.AccountListItem;
import io.portalops.security.AccountService;
import io.portalops.security.MfaPolicyService;
import io.portalops.security.Role;
import io.portalops.security.SignInService;
import io.portalops.security.TwoFactorService;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.ui.Notifications;
import io.portalops.shared.ui.grid.GridKeyboard;
import io.portalops.shared.ui.grid.GridToolbar;
import io.portalops.shared.ui.grid.GridViews;
import io.portalops.shared.ui.grid.RowCountLabel;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Admin screen: accounts, their roles, and the actions on them.
 */
@Route("admin/accounts")
@PageTitle("Accounts")
@Menu(order = 90, icon = "vaadin:users", title = "Accounts")
@RolesAllowed(Role.ADMIN_NAME)
public class AccountsView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Grid<AccountListItem> grid = new Grid<>(AccountListItem.class, false);
    final GridViews<AccountListItem> views;
    final Button create = new Button("New account", VaadinIcon.PLUS.create());
    final Button mfaPolicy = new Button("Two-factor policy…", VaadinIcon.KEY.create());
    private final AccountService accounts;
    private final TwoFactorService twoFactor;
    private Set<Long> enrolled = Set.of();
    private List<AccountListItem> listed = List.of();
    /** Exact: the accounts are listed whole (people who sign in, not the directory). */
    final RowCountLabel count = new RowCountLabel(() -> RowCount.exact(this.listed.size()), "account", "accounts");

    private final AccountHistory history;
    private final SignInService signIns;
    private final AccountLinks links;
    private Map<Long, AccountLinkItem> linked = Map.of();

    AccountsView(
            AccountService accounts,
            AccountHistory history,
            SignInService signIns,
            AccountLinks links,
            TwoFactorService twoFactor,
            MfaPolicyService mfaPolicyService,
            GridViewStore viewStore) {
        this.links = links;
        this.twoFactor = twoFactor;
        this.history = history;
        this.signIns = signIns;
        this.accounts = accounts;
        setSizeFull();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new NewAccountDialog(accounts, this::refresh).open());
        mfaPolicy.addClickListener(click -> new MfaPolicyDialog(mfaPolicyService).open());

        grid.addColumn(AccountListItem::username)
                .setHeader("Username")
                .setKey("username")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AccountListItem::displayName)
                .setHeader("Name")
                .setKey("name")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(a -> a.email() == null ? "" : a.email())
                .setHeader("Email")
                .setKey("email")
                .setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setKey("roles")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addComponentColumn(this::status)
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true);
        grid.addColumn(a -> signsInWith(a.id()))
                .setHeader("Signs in with")
                .setKey("signs-in-with")
                .setAutoWidth(true);
        grid.addColumn(a -> enrolled.contains(a.id()) ? "On" : "")
                .setHeader("Two-factor")
                .setKey("two-factor")
                .setAutoWidth(true);
        grid.addColumn(a -> a.lastLoginAt() == null ? "never" : WHEN.format(a.lastLoginAt()))
                .setHeader("Last sign-in")
                .setKey("last-sign-in")
                .setAutoWidth(true);
        // a fixed width: auto width measures the menu before it renders and leaves it cut off at the grid's edge
        grid.addComponentColumn(this::actions)
                .setHeader("")
                .setKey("actions")
                .setWidth("4.5rem")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        views = new GridViews<>("accounts", "admin/accounts", grid, viewStore, null);
        GridToolbar toolbar = new GridToolbar();
        views.addTo(toolbar);
        toolbar.addStart(count);
        // the accounts grid has no filters; Enter opens the account's roles, its most common edit
        toolbar.addEnd(GridKeyboard.install(
                        grid, null, account -> new RolesDialog(account, accounts, this::refresh).open())
                .helpButton());
        add(new HorizontalLayout(create, mfaPolicy), toolbar, grid);
        refresh();
    }

    void refresh() {
        linked = links.all();
        List<AccountListItem> items = accounts.list();
        enrolled =
                twoFactor.enrolledAmong(items.stream().map(AccountListItem::id).toList());
        grid.setItems(items);
        listed = items;
        count.refresh();
    }

    String signsInWith(long accountId) {
        AccountLinkItem link = linked.get(accountId);
        return link == null ? "Password" : "SSO: " + link.providerName();
    }

    private Span status(AccountListItem account) {
        String text = !account.enabled()
                ? "Disabled"
                : account.locked() ? "Locked" : account.mustChangePassword() ? "Must change password" : "Active";
        Span badge = new Span(text);
        badge.getElement()
                .getThemeList()
                .add("badge " + (!account.enabled() || account.locked() ? "error" : "success"));
        return badge;
    }

    private MenuBar actions(AccountListItem account) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        var more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel("Actions for " + account.username());
        more.getSubMenu().addItem("Edit roles…", click -> new RolesDialog(account, accounts, this::refresh).open());
        AccountLinkItem link = linked.get(account.id());
        if (link == null) {
            more.getSubMenu()
                    .addItem(
                            "Reset password…",
                            click -> new ResetPasswordDialog(account, accounts, this::refresh).open());
        } else {
            more.getSubMenu()
                    .addItem("Unlink from " + link.providerName() + "…", click -> confirmUnlink(account, link));
        }
        more.getSubMenu().addItem("Sign-ins…", click -> openSignIns(account));
        if (enrolled.contains(account.id())) {
            more.getSubMenu()
                    .addItem(
                            "Reset two-factor…",
                            click -> new ResetSecondFactorDialog(account, twoFactor, this::refresh).open());
        }
        more.getSubMenu()
                .addItem(
                        "History…",
                        click -> new HistoryDialog("History of " + account.username(), () -> history.of(account.id()))
                                .open());
        if (account.locked()) {
            more.getSubMenu()
                    .addItem(
                            "Unlock",
                            click -> run(() -> accounts.unlock(account.id()), "Unlocked " + account.username()));
        }
        if (account.enabled()) {
            more.getSubMenu()
                    .addItem(
                            "Disable",
                            click -> run(
                                    () -> accounts.setEnabled(account.id(), false), "Disabled " + account.username()));
        } else {
            more.getSubMenu()
                    .addItem(
                            "Enable",
                            click -> run(
                                    () -> accounts.setEnabled(account.id(), true), "Enabled " + account.username()));
        }
        return menu;
    }

    AccountSignInsDialog openSignIns(AccountListItem account) {
        AccountSignInsDialog dialog = new AccountSignInsDialog(account, signIns);
        dialog.open();
        return dialog;
    }

    /** Unlinking ends the account's sign-ins and leaves it without a way in until a password is set (ADR 031). */
    void confirmUnlink(AccountListItem account, AccountLinkItem link) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Unlink " + account.username() + "?",
                "The account stops signing in through " + link.providerName() + " (subject " + link.subject()
                        + ") and every sign-in of it ends. Its next sign-in there creates a new account; to keep this one, "
                        + "reset its password after unlinking.",
                "Unlink",
                confirmed -> run(() -> links.unlink(account.id()), "Unlinked " + account.username()));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Notifications.success(done);
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    /** A saved view's URL ({@code ?view=}) or the user's default view. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        views.enter(event);
    }
}
