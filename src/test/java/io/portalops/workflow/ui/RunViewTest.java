package io.portalops.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import io.portalops.TestUsers;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantStatus;
import io.portalops.directory.PersonDetails;
import io.portalops.inventory.BillingCycle;
import io.portalops.shared.ui.NotFoundView;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.TaskStatus;
import io.portalops.workflow.WorkflowFixtures;
import io.portalops.workflow.WorkflowService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class RunViewTest extends SpringBrowserlessTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    WorkflowFixtures fx;

    @Autowired
    WorkflowService workflow;

    @Autowired
    TestUsers users;

    /** A person leaving in a week holding two per-seat products (EUR 10 a month and EUR 240 a year per seat). */
    List<TaskListItem> offboarding(String name) {
        long service = fx.service();
        long monthly = fx.product(service, 5, "10.00", BillingCycle.MONTHLY);
        long annual = fx.product(service, 5, "240.00", BillingCycle.ANNUAL);
        PersonDetails person = fx.person(
                name, WorkflowFixtures.department(), null, EmploymentStatus.ACTIVE, TODAY.minusYears(1), null);
        fx.grant(person.id(), monthly, GrantStatus.ACTIVE);
        fx.grant(person.id(), annual, GrantStatus.ACTIVE);
        fx.move(person.id(), EmploymentStatus.LEAVING, TODAY.minusYears(1), TODAY.plusDays(7));
        return fx.tasksOf(person.id());
    }

    @Test
    @WithUserDetails("admin")
    void an_offboarding_run_shows_its_progress_its_tasks_and_the_seats_and_money_reclaimed() {
        List<TaskListItem> tasks = offboarding("Run Rita");
        TaskListItem annual = tasks.getLast();
        users.run("admin", () -> workflow.complete(tasks.getFirst().id(), "Removed"));

        RunView view = navigate(RunView.class, tasks.getFirst().runId());
        assertThat(view.title.getText()).isEqualTo("Offboarding of Run Rita");
        assertThat(view.progressText.getText()).isEqualTo("1 of 2 tasks closed");
        assertThat(view.progress.getValue()).isEqualTo(0.5);
        assertThat(view.summary.getElement().getTextRecursively())
                .isEqualTo("1 seat reclaimed · EUR 10.00 a month saved");

        assertThat(find(
                                com.vaadin.flow.component.menubar.MenuBar.class,
                                test(view.grid).getCellComponent(0, 7))
                        .exists())
                .as("done already: no actions")
                .isFalse();
        new com.vaadin.flow.component.menubar.MenuBarTester<>((com.vaadin.flow.component.menubar.MenuBar)
                        test(view.grid).getCellComponent(1, 7))
                .clickItem(0, 0);
        TaskNoteDialog dialog = find(TaskNoteDialog.class).single();
        test(dialog.note).setValue("Removed too");
        test(dialog.confirm).click();

        assertThat(view.progressText.getText()).isEqualTo("2 of 2 tasks closed");
        assertThat(view.summary.getElement().getTextRecursively())
                .isEqualTo("2 seats reclaimed · EUR 30.00 a month saved");
        assertThat(users.as("admin", () -> workflow.get(annual.id())).status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    @WithUserDetails("productadmin")
    void a_run_without_a_task_the_user_sees_is_not_reachable_by_url() {
        long runId = offboarding("Hidden Hugo").getFirst().runId();
        UI.getCurrent().navigate(RunView.class, runId);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate(RunView.class, Long.MAX_VALUE);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Autowired
    io.portalops.usage.UsageFixtures usage;

    @Autowired
    io.portalops.usage.ProductUsage productUsage;

    @Autowired
    io.portalops.directory.DirectoryFixtures directory;

    @Test
    @WithUserDetails("admin")
    void a_reclaim_task_reads_as_the_reason_and_links_to_the_products_seats_where_its_grant_is() {
        io.portalops.usage.UsageFixtures.Seats s = usage.seats();
        long taskId = users.as("admin", () -> productUsage.reclaim(s.product())).tasks().stream()
                .filter(t -> t.grantId() == s.idle())
                .findFirst()
                .orElseThrow()
                .taskId();
        TaskListItem task = workflow.get(taskId);

        com.vaadin.flow.component.Component cell = RunView.product(task);

        assertThat(cell).isInstanceOf(com.vaadin.flow.component.html.Anchor.class);
        com.vaadin.flow.component.html.Anchor link = (com.vaadin.flow.component.html.Anchor) cell;
        assertThat(link.getHref()).isEqualTo("usage/products/" + s.product());
        assertThat(link.getText()).startsWith("Reclaim idle seat: ").contains(" on " + task.productLabel() + " (");
        assertThat(RunView.product(offboarding("Run Otto").getFirst()))
                .as("other tasks name only the product")
                .isInstanceOf(com.vaadin.flow.component.html.Span.class);
    }
}
