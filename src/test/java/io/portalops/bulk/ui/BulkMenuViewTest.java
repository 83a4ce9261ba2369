package io.portalops.bulk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.TestUsers;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import io.portalops.contract.FlagSeverity;
import io.portalops.shared.ui.grid.RowCountLabel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Multi-select, "select all matching", the confirmation's count and the result dialog, on the Contracts grid. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class BulkMenuViewTest extends SpringBrowserlessTest {

    @Autowired
    ContractService contracts;

    @Autowired
    ContractActions actions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    List<Long> drafts(String token, int n) {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ContractForm form = new ContractForm(
                    customer,
                    "Bulk UI " + token + " " + i,
                    ContractType.SERVICES,
                    new BigDecimal("500"),
                    "EUR",
                    LocalDate.now().plusDays(5),
                    LocalDate.now().plusYears(1),
                    false,
                    30,
                    null);
            ids.add(users.as("manager", () -> contracts.create(form)).id());
        }
        return ids;
    }

    static String token() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @SuppressWarnings("unchecked")
    BulkMenu<Object> open(String token) {
        UI.getCurrent().navigate("contracts", QueryParameters.simple(Map.of("q", token)));
        roundTrip();
        return find(BulkMenu.class).single();
    }

    boolean flagged(long id) {
        return jdbc.queryForObject("select flagged from contract where id = ?", Boolean.class, id);
    }

    void choose(BulkMenu<?> menu, String label) {
        int index = menu.items.stream().map(MenuItem::getText).toList().indexOf(label);
        assertThat(index).as("menu has %s", label).isNotNegative();
        new MenuBarTester<>(menu.menu).clickItem(0, index);
    }

    @Test
    @WithUserDetails("manager")
    void select_all_matching_flags_every_row_of_the_filter_after_a_confirmation_that_states_the_count() {
        String token = token();
        List<Long> ids = drafts(token, 3);
        BulkMenu<Object> menu = open(token);

        assertThat(find(RowCountLabel.class).single().getText()).isEqualTo("3 contracts");
        assertThat(menu.items).allMatch(item -> !item.isEnabled());
        assertThat(menu.selectAll.getText()).isEqualTo("Select all matching (3)");
        test(menu.selectAll).click();
        assertThat(menu.selection.getText()).isEqualTo("All 3 matching selected");
        assertThat(menu.items).allMatch(MenuItem::isEnabled);

        choose(menu, "Flag");
        BulkDialog dialog = find(BulkDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Flag 3 contracts?");
        assertThat(dialog.confirm.getText()).isEqualTo("Flag 3 contracts");
        test((TextArea) dialog.fields.get("reason")).setValue("Check the renewal terms");
        test(dialog.confirm).click();

        BulkResultDialog result = find(BulkResultDialog.class).single();
        assertThat(result.getHeaderTitle()).isEqualTo("Flag: 3 done");
        assertThat(ids).allMatch(this::flagged);
        assertThat(menu.allMatching()).as("the selection is spent").isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void ticked_rows_are_acted_on_and_a_refused_row_is_reported_with_its_reason_while_the_other_is_done() {
        String token = token();
        List<Long> ids = drafts(token, 2);
        users.run("manager", () -> actions.flag(ids.get(0), FlagSeverity.LOW, "One of two"));
        BulkMenu<Object> menu = open(token);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).withClassName("contracts-grid").exists()
                ? find(Grid.class).withClassName("contracts-grid").single()
                : find(Grid.class).first();

        test(grid).select(0);
        test(grid).select(1);
        assertThat(menu.selection.getText()).isEqualTo("2 selected");
        choose(menu, "Clear flags");
        BulkDialog dialog = find(BulkDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Clear flags 2 contracts?");
        test((TextArea) dialog.fields.get("reason")).setValue("Resolved");
        test(dialog.confirm).click();

        BulkResultDialog result = find(BulkResultDialog.class).single();
        assertThat(result.getHeaderTitle()).isEqualTo("Clear flags: 1 done, 1 refused");
        assertThat(result.refused.getListDataView().getItems().toList())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.id()).isEqualTo(ids.get(1));
                    assertThat(row.reason()).isEqualTo("There is no open flag to clear.");
                });
        assertThat(flagged(ids.get(0))).isFalse();
    }

    @Test
    @WithUserDetails("analyst")
    void an_analyst_is_offered_flag_unflag_and_note_but_not_approve() {
        BulkMenu<Object> menu = open(token());
        assertThat(menu.items.stream().map(MenuItem::getText)).containsExactly("Flag", "Clear flags", "Add note");
        assertThat(menu.selectAll.isVisible()).as("nothing matches").isFalse();
    }
}
