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
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantRequest;
import io.portalops.directory.GrantStatus;
import io.portalops.inventory.LicenceModel;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.WorkflowFixtures;
import io.portalops.workflow.WorkflowService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Bulk complete on the Tasks grid and bulk revoke on a person's grants: the count, the run, the refusals. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class BulkTasksAndGrantsViewTest extends SpringBrowserlessTest {

    @Autowired
    WorkflowFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    WorkflowService workflow;

    @Autowired
    AccessGrantService grants;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    void choose(BulkMenu<?> menu, String label) {
        int index = menu.items.stream().map(MenuItem::getText).toList().indexOf(label);
        assertThat(index).as("menu has %s", label).isNotNegative();
        new MenuBarTester<>(menu.menu).clickItem(0, index);
    }

    String status(String table, long id) {
        return jdbc.queryForObject("select status from " + table + " where id = ?", String.class, id);
    }

    @Test
    @WithUserDetails("admin")
    void completing_all_matching_tasks_states_the_count_and_reports_the_task_skipped_before_as_refused() {
        long service = fx.service();
        long a = fx.product(service, LicenceModel.FLAT, 0);
        long b = fx.product(service, LicenceModel.FLAT, 0);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, a, b);
        String name = "Bulk View " + DirectoryFixtures.unique();
        long person = fx.person(
                        name,
                        dept,
                        null,
                        EmploymentStatus.PENDING_START,
                        LocalDate.now().plusDays(30),
                        null)
                .id();
        List<Long> tasks = fx.tasksOf(person).stream().map(TaskListItem::id).toList();
        users.run("admin", () -> workflow.skip(tasks.get(1), "Not needed"));

        UI.getCurrent().navigate("tasks", QueryParameters.simple(Map.of("person", name)));
        roundTrip();
        @SuppressWarnings("unchecked")
        BulkMenu<Object> menu = find(BulkMenu.class).single();
        assertThat(menu.items.stream().map(MenuItem::getText)).containsExactly("Complete", "Skip");
        assertThat(menu.selectAll.getText()).isEqualTo("Select all matching (2)");
        test(menu.selectAll).click();
        choose(menu, "Complete");

        BulkDialog dialog = find(BulkDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Complete 2 tasks?");
        assertThat(dialog.confirm.getText()).isEqualTo("Complete 2 tasks");
        test((TextArea) dialog.fields.get("note")).setValue("Ticket IT-7");
        test(dialog.confirm).click();

        BulkResultDialog result = find(BulkResultDialog.class).single();
        assertThat(result.getHeaderTitle()).isEqualTo("Complete: 1 done, 1 refused");
        assertThat(result.refused.getListDataView().getItems().toList())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.id()).isEqualTo(tasks.get(1));
                    assertThat(row.reason()).isEqualTo("This task is skipped already.");
                });
        assertThat(status("workflow_task", tasks.get(0))).isEqualTo("DONE");
        assertThat(menu.allMatching()).as("the selection is spent").isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void ticked_grants_of_a_person_are_revoked_with_the_reason_after_a_confirmation_that_states_the_count() {
        long service = fx.service();
        long a = fx.product(service, LicenceModel.FLAT, 0);
        long b = fx.product(service, LicenceModel.FLAT, 0);
        long person = directory.person("Bulk Grant Gus").id();
        for (long product : List.of(a, b)) {
            users.run("admin", () -> grants.create(new GrantRequest(person, product, null, GrantStatus.ACTIVE, null)));
        }

        UI.getCurrent().navigate("directory/people/" + person);
        roundTrip();
        @SuppressWarnings("unchecked")
        BulkMenu<Object> menu = find(BulkMenu.class).single();
        assertThat(menu.selectAll.getText()).isEqualTo("Select all matching (2)");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).withClassName("person-grants").single();
        test(grid).select(0);
        assertThat(menu.selection.getText()).isEqualTo("1 selected");
        choose(menu, "Revoke");

        BulkDialog dialog = find(BulkDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Revoke 1 grant?");
        test((TextArea) dialog.fields.get("reason")).setValue("Licence audit");
        test(dialog.confirm).click();

        assertThat(find(BulkResultDialog.class).single().getHeaderTitle()).isEqualTo("Revoke: 1 done");
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_grant where person_id = ? and status = 'REVOKED' "
                                + "and note = 'Licence audit'",
                        Long.class,
                        person))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_grant where person_id = ? and status = 'ACTIVE'",
                        Long.class,
                        person))
                .isOne();
    }
}
