package io.portalops.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantStatus;
import io.portalops.inventory.LicenceModel;
import io.portalops.shared.ui.NotFoundView;
import io.portalops.workflow.DueWindow;
import io.portalops.workflow.TaskKind;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.TaskStatus;
import io.portalops.workflow.WorkflowFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class TasksViewTest extends SpringBrowserlessTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    WorkflowFixtures fx;

    static List<TaskListItem> rows(Grid<TaskListItem> grid) {
        return GridKt._fetch(grid, 0, 500);
    }

    /** A person starting in {@code startInDays} with one profile product; returns their name. */
    String starter(String name, int startInDays) {
        long product = fx.product(fx.service(), LicenceModel.FLAT, 0);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, product);
        String unique = name + " " + DirectoryFixtures.unique();
        fx.person(unique, dept, null, EmploymentStatus.PENDING_START, TODAY.plusDays(startInDays), null);
        return unique;
    }

    @Test
    @WithUserDetails("admin")
    void filters_come_from_the_url_narrow_the_rows_go_back_to_the_url_and_highlight_with_the_reason() {
        String soon = starter("Soon Sara", 5);
        UI.getCurrent()
                .navigate(
                        TasksView.class,
                        QueryParameters.fromString(
                                "status=open&kind=nope&person=" + soon.replace(" ", "%20") + "&due=NEXT_7_DAYS"));
        TasksView view = (TasksView) getCurrentView();

        assertThat(view.filters.status.getValue()).isEqualTo(TaskStatus.OPEN);
        assertThat(view.filters.kind.getValue())
                .as("unknown values are ignored")
                .isNull();
        assertThat(view.filters.person.getValue()).isEqualTo(soon);
        assertThat(view.filters.due.getValue()).isEqualTo(DueWindow.NEXT_7_DAYS);
        TaskListItem row = rows(view.grid).getFirst();
        assertThat(rows(view.grid)).singleElement().satisfies(t -> {
            assertThat(t.personName()).isEqualTo(soon);
            assertThat(t.dueSoon()).isTrue();
        });
        assertThat(TaskBadges.highlight(row)).isEqualTo("task-due-soon");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(soon);
        assertThat(find(
                                com.vaadin.flow.component.html.Span.class,
                                test(view.grid).getCellComponent(0, 5))
                        .withClassName("due-soon-badge")
                        .single()
                        .getText())
                .isEqualTo("Due in 2 days");

        test(view.filters.due).selectItem("Overdue");
        assertThat(rows(view.grid)).isEmpty();
        test(view.filters.kind).selectItem("Grant");
        assertThat(view.filters.toQueryParameters().getParameters())
                .isEqualTo(Map.of(
                        "status",
                        List.of("OPEN"),
                        "kind",
                        List.of("GRANT"),
                        "person",
                        List.of(soon),
                        "due",
                        List.of("OVERDUE")));

        String late = starter("Late Lena", 1);
        test(view.filters.person).setValue(late);
        assertThat(rows(view.grid)).singleElement().satisfies(t -> {
            assertThat(t.overdue()).isTrue();
            assertThat(t.kind()).isEqualTo(TaskKind.GRANT);
            assertThat(TaskBadges.highlight(t)).isEqualTo("task-overdue");
        });
        assertThat(find(
                                com.vaadin.flow.component.html.Span.class,
                                test(view.grid).getCellComponent(0, 5))
                        .withClassName("overdue-badge")
                        .single()
                        .getText())
                .isEqualTo("Overdue by 2 days");
    }

    @Test
    @WithUserDetails("admin")
    void completing_a_task_in_its_dialog_needs_evidence_and_then_grants_the_access() {
        String name = starter("Dialog Dora", 10);
        UI.getCurrent().navigate(TasksView.class, QueryParameters.fromString("person=" + name.replace(" ", "%20")));
        TasksView view = (TasksView) getCurrentView();
        TaskListItem task = rows(view.grid).getFirst();

        new com.vaadin.flow.component.menubar.MenuBarTester<>((com.vaadin.flow.component.menubar.MenuBar)
                        test(view.grid).getCellComponent(0, 7))
                .clickItem(0, 0);
        TaskNoteDialog dialog = find(TaskNoteDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(dialog.note.getErrorMessage()).contains("Say what was done");
        assertThat(fx.grantsOf(task.personId())).isEmpty();

        test(dialog.note).setValue("Ticket IT-77");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(view.grid)).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(TaskStatus.DONE);
            assertThat(t.note()).isEqualTo("Ticket IT-77");
            assertThat(t.actionable()).isFalse();
        });
        assertThat(fx.grantsOf(task.personId()))
                .singleElement()
                .extracting(g -> g.status())
                .isEqualTo(GrantStatus.ACTIVE);
        assertThat(((com.vaadin.flow.component.menubar.MenuBar) test(view.grid).getCellComponent(0, 7))
                        .getItems()
                        .getFirst()
                        .getSubMenu()
                        .getItems())
                .as("only Open run once done")
                .extracting(item -> item.getText())
                .containsExactly("Open run");
    }

    @Test
    @WithUserDetails("productadmin")
    void the_demo_product_admin_has_tasks_of_their_products_only() {
        TasksView view = navigate(TasksView.class);
        assertThat(rows(view.grid))
                .isNotEmpty()
                .allSatisfy(
                        t -> assertThat(t.productLabel()).isIn("Google Workspace · Gmail", "Google Workspace · Drive"));
    }

    @Test
    @WithUserDetails("manager")
    void an_account_manager_cannot_open_tasks() {
        UI.getCurrent().navigate(TasksView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_person_page_links_the_persons_runs() {
        String name = starter("Linked Lea", 10);
        UI.getCurrent().navigate(TasksView.class, QueryParameters.fromString("person=" + name.replace(" ", "%20")));
        TaskListItem task = rows(((TasksView) getCurrentView()).grid).getFirst();
        UI.getCurrent().navigate("directory/people/" + task.personId());
        TabSheet tabs = find(TabSheet.class).single();
        int index = 0;
        while (!tabs.getTabAt(index).getLabel().equals("Onboarding & offboarding")) {
            index++;
        }
        tabs.setSelectedIndex(index);
        @SuppressWarnings("unchecked")
        Grid<io.portalops.workflow.RunListItem> runs =
                find(Grid.class).withClassName("person-runs").single();
        RouterLink run = (RouterLink) test(runs).getCellComponent(0, 0);
        assertThat(run.getText()).isEqualTo("Onboarding · " + TODAY.plusDays(10));
        assertThat(run.getHref()).isEqualTo("tasks/runs/" + task.runId());
    }
}
