package io.portalops.contract.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnReorderEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.TestUsers;
import io.portalops.contract.ContractExport;
import io.portalops.contract.ContractListItem;
import io.portalops.contract.ContractSortField;
import io.portalops.contract.ContractStatus;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.grid.SavedGridView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Saved views and column control, on the Contracts grid (the shared grid layer is the same on every grid). */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
@WithUserDetails("admin")
class ContractsGridViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    GridViewStore store;

    @Autowired
    ContractExport export;

    @Autowired
    JdbcTemplate jdbc;

    /** A new analyst, signed in for what follows: the views and columns it leaves are its own. */
    String signInAsNewAnalyst() {
        String username = "gvu" + UUID.randomUUID().toString().substring(0, 8);
        users.run(
                "admin",
                () -> accounts.create(new NewAccount(
                        username,
                        "Analyst " + username,
                        username + "@example.test",
                        Set.of(Role.ANALYST),
                        "a-Long-enough-pass-1")));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        UserDetails user = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return username;
    }

    ContractsView open(QueryParameters query) {
        UI.getCurrent().navigate("contracts", query);
        roundTrip();
        return (ContractsView) getCurrentView();
    }

    static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    static List<String> visibleKeys(Grid<ContractListItem> grid) {
        return grid.getColumns().stream()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getKey)
                .toList();
    }

    void saveFromMenu(ContractsView view, String menuText, String name, String role, boolean makeDefault) {
        new MenuBarTester<>(view.views.menu()).clickItem(menuText, "Save view…");
        Dialog dialog = find(Dialog.class).withClassName("save-view-dialog").single();
        find(TextField.class, dialog).single().setValue(name);
        @SuppressWarnings("unchecked")
        Select<String> sharing = find(Select.class, dialog).single();
        sharing.setValue(role);
        find(Checkbox.class, dialog).single().setValue(makeDefault);
        test(find(Button.class, dialog).withText("Save view").single()).click();
        roundTrip();
    }

    @Test
    void columns_hidden_and_dragged_are_remembered_for_the_user_and_the_export_follows_them() {
        signInAsNewAnalyst();
        ContractsView view = open(QueryParameters.simple(Map.of("status", "ACTIVE")));
        assertThat(view.grid.isColumnReorderingAllowed()).isTrue();
        assertThat(view.grid.getColumns()).allMatch(Grid.Column::isResizable);

        view.views.chooser().open();
        Checkbox owner = view.views.chooser().checkbox("owner");
        test(owner).click();
        assertThat(view.grid.getColumnByKey("owner").isVisible()).isFalse();
        test(view.views.chooser().freezeCheckbox()).click();
        // the user drags Customer to the front
        List<Grid.Column<ContractListItem>> dragged = new ArrayList<>(view.grid.getColumns());
        Grid.Column<ContractListItem> customer = view.grid.getColumnByKey("customer");
        dragged.remove(customer);
        dragged.add(0, customer);
        view.grid.setColumnOrder(dragged);
        ComponentUtil.fireEvent(view.grid, new ColumnReorderEvent<>(view.grid, true, dragged));

        assertThat(view.views.exportColumns())
                .containsExactly("customer", "number", "title", "value", "start", "end", "status", "flagged");
        assertThat(export.query(view.filters.value(false), List.of())
                        .followingGrid(view.views.exportColumns())
                        .headers())
                .containsExactly("Customer", "Number", "Title", "Value", "Start", "End", "Status", "Flagged");

        ContractsView again = open(QueryParameters.simple(Map.of("status", "DRAFT")));
        assertThat(again.views.columns().visibleKeys())
                .containsExactly("customer", "NUMBER", "TITLE", "VALUE", "START_DATE", "END_DATE", "STATUS", "flagged");
        assertThat(again.grid.getColumnByKey("owner").isVisible()).isFalse();
        assertThat(again.grid.getColumnByKey("customer").isFrozen()).isTrue();
        assertThat(again.views.chooser().checkbox("owner").getValue()).isFalse();
    }

    @Test
    void a_saved_view_reproduces_its_filters_sort_and_columns_by_its_own_url_and_as_the_default() {
        signInAsNewAnalyst();
        ContractsView view = open(QueryParameters.simple(Map.of("status", "ACTIVE", "q", "zz-no-such-contract")));
        view.grid.sort(GridSortOrder.asc(view.grid.getColumnByKey(ContractSortField.TITLE.name()))
                .build());
        view.views.columns().show("VALUE", false);
        saveFromMenu(view, "Views", "Active, by title", "", true);

        assertThat(location()).isEqualTo("contracts?view=active-by-title");
        SavedGridView saved = store.find("contracts", "active-by-title").orElseThrow();
        assertThat(saved.isDefault()).isTrue();
        assertThat(saved.state().parameters()).containsEntry("status", List.of("ACTIVE"));

        // a plain URL with other filters is the URL's, with the remembered columns
        ContractsView other = open(QueryParameters.simple(Map.of("status", "DRAFT")));
        assertThat(other.views.active()).isEmpty();
        assertThat(other.filters.value(false).status()).isEqualTo(ContractStatus.DRAFT);

        // no query parameters: the default view opens
        ContractsView plain = open(QueryParameters.empty());
        // (the address bar then says ?view=active-by-title: a client-side replaceState, which browserless cannot see)
        assertThat(plain.views.active()).map(SavedGridView::id).contains(saved.id());
        assertThat(plain.filters.value(false).status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(plain.filters.value(false).text()).isEqualTo("zz-no-such-contract");
        assertThat(plain.grid.getSortOrder().get(0).getSorted().getKey()).isEqualTo(ContractSortField.TITLE.name());
        assertThat(visibleKeys(plain.grid)).doesNotContain("VALUE");

        // ?view= (empty) is the plain grid, skipping the default
        ContractsView none = open(QueryParameters.of("view", ""));
        assertThat(none.views.active()).isEmpty();
        assertThat(none.filters.value(false).status()).isNull();
    }

    @Test
    void a_view_shared_with_a_role_opens_for_a_colleague_and_a_private_one_does_not() {
        String owner = signInAsNewAnalyst();
        ContractsView view = open(QueryParameters.simple(Map.of("status", "PENDING_APPROVAL")));
        saveFromMenu(view, "Views", "Pending for the team", "ANALYST", false);
        long shared =
                store.find("contracts", "pending-for-the-team").orElseThrow().id();
        ContractsView mine = open(QueryParameters.simple(Map.of("status", "REJECTED")));
        saveFromMenu(mine, "Views", "My rejected", "", false);
        long privateId = store.find("contracts", "my-rejected").orElseThrow().id();

        signInAsNewAnalyst();
        ContractsView colleague = open(QueryParameters.of("view", String.valueOf(shared)));
        assertThat(colleague.views.active()).hasValueSatisfying(v -> {
            assertThat(v.mine()).isFalse();
            assertThat(v.ownerName()).isEqualTo(owner);
        });
        assertThat(colleague.filters.value(false).status()).isEqualTo(ContractStatus.PENDING_APPROVAL);
        assertThat(colleague.views.menu().item("Pending for the team")).isNotNull();
        assertThat(colleague.views.menu().item("My rejected")).isNull();

        ContractsView refused = open(QueryParameters.of("view", String.valueOf(privateId)));
        assertThat(refused.views.active()).isEmpty();
        assertThat(refused.filters.value(false).status()).isNull();
    }
}
