package io.portalops.bulk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.PersonService;
import io.portalops.payment.PaymentFixtures;
import io.portalops.payment.PaymentRegister;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The bulk menu on the Directory and Payments grids, and the single payment's "Mark reviewed". */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class BulkPeopleAndPaymentsViewTest extends SpringBrowserlessTest {

    @Autowired
    PersonService people;

    @Autowired
    PaymentRegister payments;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    static String token() {
        StringBuilder letters = new StringBuilder("v");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        // letters only: DirectoryFixtures makes the email from the name, and digits there would leave empty labels
        return letters.toString();
    }

    List<Long> people(String token, EmploymentStatus... statuses) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            var form = DirectoryFixtures.form("View " + token + " " + (char) ('a' + i), statuses[i]);
            ids.add(users.as("admin", () -> people.create(form)).id());
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    BulkMenu<Object> open(String route, Map<String, String> query) {
        UI.getCurrent().navigate(route, QueryParameters.simple(query));
        roundTrip();
        return find(BulkMenu.class).single();
    }

    void choose(BulkMenu<?> menu, String label) {
        int index = menu.items.stream().map(MenuItem::getText).toList().indexOf(label);
        assertThat(index).as("menu has %s", label).isNotNegative();
        new MenuBarTester<>(menu.menu).clickItem(0, index);
    }

    String column(String table, String column, long id) {
        return jdbc.queryForObject("select " + column + "::text from " + table + " where id = ?", String.class, id);
    }

    @Test
    @WithUserDetails("admin")
    void select_all_matching_sets_the_department_of_every_person_of_the_filter_after_stating_the_count() {
        String token = token();
        List<Long> ids = people(token, EmploymentStatus.ACTIVE, EmploymentStatus.ACTIVE, EmploymentStatus.ACTIVE);
        BulkMenu<Object> menu = open("directory", Map.of("name", token));

        assertThat(menu.items.stream().map(MenuItem::getText)).containsExactly("Set department", "Set status");
        assertThat(menu.selectAll.getText()).isEqualTo("Select all matching (3)");
        test(menu.selectAll).click();
        choose(menu, "Set department");
        BulkDialog dialog = find(BulkDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Set department 3 people?");
        test((TextArea) dialog.fields.get("department")).setValue("Finance " + token);
        test(dialog.confirm).click();

        assertThat(find(BulkResultDialog.class).single().getHeaderTitle()).isEqualTo("Set department: 3 done");
        assertThat(ids)
                .allSatisfy(id -> assertThat(column("person", "department", id)).isEqualTo("Finance " + token));
    }

    @Test
    @WithUserDetails("admin")
    void setting_a_status_reports_the_person_refused_by_the_single_edits_rule_and_does_the_other() {
        String token = token();
        List<Long> ids = people(token, EmploymentStatus.LEFT, EmploymentStatus.ACTIVE);
        BulkMenu<Object> menu = open("directory", Map.of("name", token));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).first();
        test(grid).select(0);
        test(grid).select(1);

        choose(menu, "Set status");
        BulkDialog dialog = find(BulkDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Set status 2 people?");
        @SuppressWarnings("unchecked")
        Select<String> status = (Select<String>) dialog.fields.get("status");
        test(status).selectItem("LEAVING");
        test(dialog.confirm).click();

        BulkResultDialog result = find(BulkResultDialog.class).single();
        assertThat(result.getHeaderTitle()).isEqualTo("Set status: 1 done, 1 refused");
        assertThat(result.refused.getListDataView().getItems().toList())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.id()).isEqualTo(ids.get(1));
                    assertThat(row.reason()).isEqualTo("A person who is leaving or has left needs an end date.");
                });
        assertThat(column("person", "status", ids.get(0))).isEqualTo("LEAVING");
    }

    @Test
    @WithUserDetails("serviceadmin")
    void a_service_admin_who_may_not_edit_people_gets_no_bulk_menu_on_the_directory() {
        UI.getCurrent().navigate("directory");
        roundTrip();
        assertThat(find(Grid.class).exists()).as("the directory is open").isTrue();
        assertThat(find(BulkMenu.class).exists()).as("no visible bulk menu").isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void payments_of_a_service_are_marked_reviewed_in_bulk_by_the_reviewed_no_filter_and_one_from_its_own_page() {
        PaymentFixtures fixtures = new PaymentFixtures(context);
        long first = fixtures.target().recordId();
        long second = fixtures.target().recordId();
        long single = fixtures.target().recordId();

        UI.getCurrent().navigate("payments/" + single);
        roundTrip();
        Button mark = find(Button.class).withText("Mark reviewed").single();
        test(mark).click();
        assertThat(column("billing_record", "reviewed_by", single)).isNotNull();
        assertThat(mark.isVisible()).as("reviewed now").isFalse();

        BulkMenu<Object> menu =
                open("payments", Map.of("service", Long.toString(fixtures.serviceId), "reviewed", "no"));
        assertThat(menu.selectAll.getText()).isEqualTo("Select all matching (2)");
        test(menu.selectAll).click();
        choose(menu, "Mark reviewed");
        BulkDialog dialog = find(BulkDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Mark reviewed 2 payments?");
        test(dialog.confirm).click();

        assertThat(find(BulkResultDialog.class).single().getHeaderTitle()).isEqualTo("Mark reviewed: 2 done");
        assertThat(List.of(first, second))
                .allSatisfy(id ->
                        assertThat(column("billing_record", "reviewed_by", id)).isNotNull());
    }
}
