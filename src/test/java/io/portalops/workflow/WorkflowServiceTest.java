package io.portalops.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantListItem;
import io.portalops.directory.GrantStatus;
import io.portalops.directory.PersonDetails;
import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.LicenceModel;
import io.portalops.security.Role;
import io.portalops.shared.Money;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class WorkflowServiceTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    WorkflowFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    WorkflowService workflow;

    @Autowired
    WorkflowTasks jobReads;

    @Autowired
    io.portalops.directory.AccessGrantService grantService;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    TaskListItem task(List<TaskListItem> tasks, long productId) {
        return tasks.stream()
                .filter(t -> t.productId() == productId)
                .findFirst()
                .orElseThrow();
    }

    int runCount(long personId) {
        return jdbc.queryForObject("select count(*) from workflow_run where person_id = ?", Integer.class, personId);
    }

    @Test
    void
            a_person_pending_start_gets_one_grant_task_per_matching_profile_product_due_before_the_start_skipping_active_ones() {
        long service = fx.service();
        long seats = fx.product(service, LicenceModel.PER_SEAT, 5);
        long flat = fx.product(service, LicenceModel.FLAT, 0);
        long titled = fx.product(service, LicenceModel.FLAT, 0);
        long other = fx.product(service, LicenceModel.FLAT, 0);
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, seats);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, seats, flat);
        fx.profile(dept, "Engineer", titled);
        fx.profile(dept, "Designer", other);
        fx.profile(WorkflowFixtures.department(), null, other);
        PersonDetails person =
                fx.person("Onboarding Olga", dept, "Engineer", EmploymentStatus.ACTIVE, TODAY.minusYears(1), null);
        fx.grant(person.id(), flat, GrantStatus.ACTIVE);
        assertThat(fx.runsOf(person.id()))
                .as("an active person with a past start has nothing to onboard")
                .isEmpty();

        LocalDate start = TODAY.plusDays(20);
        fx.move(person.id(), EmploymentStatus.PENDING_START, start, null);

        List<TaskListItem> tasks = fx.tasksOf(person.id());
        assertThat(tasks).extracting(TaskListItem::productId).containsExactlyInAnyOrder(seats, titled);
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(TaskKind.GRANT);
            assertThat(t.status()).isEqualTo(TaskStatus.OPEN);
            assertThat(t.dueDate()).isEqualTo(start.minusDays(3));
            assertThat(t.title()).startsWith("Grant ").endsWith(" to Onboarding Olga");
        });
        assertThat(fx.runsOf(person.id())).singleElement().satisfies(run -> {
            assertThat(run.kind()).isEqualTo(RunKind.ONBOARDING);
            assertThat(run.targetDate()).isEqualTo(start);
        });
        long adminId = directory.accountId(productAdmin);
        assertThat(task(tasks, seats).assigneeAccountIds()).containsExactly(adminId);
        assertThat(events.stream(TaskAssigned.class).filter(e -> e.personId() == person.id()))
                .extracting(TaskAssigned::productId)
                .containsExactlyInAnyOrder(seats, titled);
        assertThat(events.stream(TaskAssigned.class)
                        .filter(e -> e.productId() == seats)
                        .findFirst()
                        .orElseThrow()
                        .assigneeAccountIds())
                .containsExactly(adminId);
    }

    @Test
    void changing_the_start_date_moves_open_due_dates_and_never_duplicates_runs_or_tasks() {
        long service = fx.service();
        long a = fx.product(service, LicenceModel.FLAT, 0);
        long b = fx.product(service, LicenceModel.FLAT, 0);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, a, b);
        PersonDetails person =
                fx.person("Moving Max", dept, null, EmploymentStatus.PENDING_START, TODAY.plusDays(10), null);
        users.run(
                "admin",
                () -> workflow.complete(task(fx.tasksOf(person.id()), a).id(), "Ticket IT-1"));

        fx.move(person.id(), EmploymentStatus.PENDING_START, TODAY.plusDays(30), null);
        fx.move(person.id(), EmploymentStatus.PENDING_START, TODAY.plusDays(40), null);

        List<TaskListItem> tasks = fx.tasksOf(person.id());
        assertThat(tasks).hasSize(2);
        assertThat(task(tasks, b).dueDate()).isEqualTo(TODAY.plusDays(37));
        assertThat(task(tasks, a).status()).isEqualTo(TaskStatus.DONE);
        assertThat(runCount(person.id())).isEqualTo(1);
        assertThat(fx.runsOf(person.id()).getFirst().targetDate()).isEqualTo(TODAY.plusDays(40));
    }

    @Test
    void removing_the_start_cancels_the_open_onboarding_tasks_and_closes_the_run_as_cancelled() {
        long service = fx.service();
        long a = fx.product(service, LicenceModel.FLAT, 0);
        long b = fx.product(service, LicenceModel.FLAT, 0);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, a, b);
        PersonDetails person =
                fx.person("Cancelled Cleo", dept, null, EmploymentStatus.PENDING_START, TODAY.plusDays(10), null);
        users.run("admin", () -> workflow.skip(task(fx.tasksOf(person.id()), a).id(), "Not needed"));

        fx.move(person.id(), EmploymentStatus.ACTIVE, null, null);

        List<TaskListItem> tasks = fx.tasksOf(person.id());
        assertThat(task(tasks, a).status()).isEqualTo(TaskStatus.SKIPPED);
        assertThat(task(tasks, b).status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(fx.runsOf(person.id()))
                .singleElement()
                .extracting(RunListItem::status)
                .isEqualTo(RunStatus.CANCELLED);

        fx.move(person.id(), EmploymentStatus.PENDING_START, TODAY.plusDays(50), null);
        assertThat(fx.runsOf(person.id()))
                .as("a new start is a new run")
                .hasSize(2)
                .filteredOn(r -> r.status() == RunStatus.OPEN)
                .singleElement()
                .extracting(RunListItem::targetDate)
                .isEqualTo(TODAY.plusDays(50));
    }

    @Test
    void a_person_leaving_gets_one_revoke_task_per_active_grant_due_on_the_end_date_and_today_once_gone() {
        long service = fx.service();
        long a = fx.product(service, LicenceModel.PER_SEAT, 5);
        long b = fx.product(service, LicenceModel.FLAT, 0);
        long requested = fx.product(service, LicenceModel.FLAT, 0);
        PersonDetails person = fx.person(
                "Leaving Lars",
                WorkflowFixtures.department(),
                null,
                EmploymentStatus.ACTIVE,
                TODAY.minusYears(2),
                null);
        GrantListItem grantA = fx.grant(person.id(), a, GrantStatus.ACTIVE);
        fx.grant(person.id(), b, GrantStatus.ACTIVE);
        GrantListItem request = fx.grant(person.id(), requested, GrantStatus.REQUESTED);

        fx.move(person.id(), EmploymentStatus.LEAVING, TODAY.minusYears(2), TODAY.plusDays(14));
        List<TaskListItem> tasks = fx.tasksOf(person.id());
        assertThat(tasks).extracting(TaskListItem::productId).containsExactlyInAnyOrder(a, b);
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(TaskKind.REVOKE);
            assertThat(t.dueDate()).isEqualTo(TODAY.plusDays(14));
        });
        assertThat(task(tasks, a).grantId()).isEqualTo(grantA.id());

        fx.move(person.id(), EmploymentStatus.LEFT, TODAY.minusYears(2), TODAY.minusDays(1));
        assertThat(fx.tasksOf(person.id()))
                .hasSize(2)
                .allSatisfy(t -> assertThat(t.dueDate()).isEqualTo(TODAY));
        assertThat(runCount(person.id())).isEqualTo(1);

        // finish the offboarding, so that no one who left keeps access (DirectoryDemoDataTest checks that across the
        // database)
        fx.tasksOf(person.id()).forEach(t -> users.run("admin", () -> workflow.complete(t.id(), "Removed")));
        users.run("admin", () -> grantService.revoke(request.id(), "Left"));
        assertThat(fx.grantsOf(person.id()))
                .allSatisfy(g -> assertThat(g.status()).isEqualTo(GrantStatus.REVOKED));
        assertThat(fx.runsOf(person.id()))
                .singleElement()
                .extracting(RunListItem::status)
                .isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void completing_a_grant_task_grants_access_and_completing_a_revoke_task_revokes_it_recording_who_and_when() {
        long service = fx.service();
        long fresh = fx.product(service, LicenceModel.PER_SEAT, 5);
        long requested = fx.product(service, LicenceModel.FLAT, 0);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, fresh, requested);
        PersonDetails person =
                fx.person("Granted Gina", dept, null, EmploymentStatus.PENDING_START, TODAY.plusDays(5), null);
        GrantListItem request = fx.grant(person.id(), requested, GrantStatus.REQUESTED);
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, fresh);
        directory.productAdmin(productAdmin, requested);
        List<TaskListItem> tasks = fx.tasksOf(person.id());

        TaskListItem done = users.as(
                productAdmin, () -> workflow.complete(task(tasks, fresh).id(), "  Invited via admin console  "));
        users.run(productAdmin, () -> workflow.complete(task(tasks, requested).id(), "Approved request"));

        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.note()).isEqualTo("Invited via admin console");
        assertThat(done.closedBy()).isEqualTo("Fixture " + productAdmin);
        assertThat(done.closedAt()).isNotNull();
        List<GrantListItem> grants = fx.grantsOf(person.id());
        assertThat(grants)
                .filteredOn(g -> g.productId() == fresh)
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.status()).isEqualTo(GrantStatus.ACTIVE);
                    assertThat(g.id()).isEqualTo(done.grantId());
                    assertThat(g.note()).contains("Invited via admin console");
                });
        assertThat(grants)
                .filteredOn(g -> g.productId() == requested)
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.id())
                            .as("the request was activated, not a second grant made")
                            .isEqualTo(request.id());
                    assertThat(g.status()).isEqualTo(GrantStatus.ACTIVE);
                });
        assertThat(fx.runsOf(person.id()))
                .singleElement()
                .extracting(RunListItem::status)
                .isEqualTo(RunStatus.COMPLETED);

        fx.move(person.id(), EmploymentStatus.LEAVING, TODAY.plusDays(5), TODAY.plusDays(30));
        TaskListItem revoke = task(
                fx.tasksOf(person.id()).stream()
                        .filter(t -> t.kind() == TaskKind.REVOKE)
                        .toList(),
                fresh);
        users.run(productAdmin, () -> workflow.complete(revoke.id(), "Removed from the console"));
        assertThat(jdbc.queryForObject("select status from access_grant where id = ?", String.class, done.grantId()))
                .isEqualTo("REVOKED");
        assertThat(jdbc.queryForObject("select seats_assigned from product where id = ?", Integer.class, fresh))
                .isZero();
    }

    @Test
    void blank_evidence_or_reason_is_refused_and_changes_nothing() {
        long product = fx.product(fx.service(), LicenceModel.FLAT, 0);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, product);
        PersonDetails person =
                fx.person("Blank Bo", dept, null, EmploymentStatus.PENDING_START, TODAY.plusDays(5), null);
        long id = fx.tasksOf(person.id()).getFirst().id();

        assertThatThrownBy(() -> users.as("admin", () -> workflow.complete(id, "   ")))
                .isInstanceOf(NoteRequiredException.class)
                .hasMessageContaining("Say what was done");
        assertThatThrownBy(() -> users.as("admin", () -> workflow.complete(id, null)))
                .isInstanceOf(NoteRequiredException.class);
        assertThatThrownBy(() -> users.as("admin", () -> workflow.skip(id, "")))
                .isInstanceOf(NoteRequiredException.class)
                .hasMessageContaining("why");

        assertThat(users.as("admin", () -> workflow.get(id)).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(fx.grantsOf(person.id())).isEmpty();
    }

    @Test
    void a_full_product_refuses_the_grant_and_the_task_stays_open_with_nothing_changed() {
        long product = fx.product(fx.service(), LicenceModel.PER_SEAT, 1);
        fx.grant(directory.person("Seat Holder").id(), product, GrantStatus.ACTIVE);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, product);
        PersonDetails person =
                fx.person("Full Fred", dept, null, EmploymentStatus.PENDING_START, TODAY.plusDays(5), null);
        long id = fx.tasksOf(person.id()).getFirst().id();

        assertThatThrownBy(() -> users.as("admin", () -> workflow.complete(id, "Tried")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("No free seat");

        TaskListItem task = users.as("admin", () -> workflow.get(id));
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.note()).isNull();
        assertThat(fx.grantsOf(person.id())).isEmpty();
        assertThat(jdbc.queryForObject("select seats_assigned from product where id = ?", Integer.class, product))
                .isEqualTo(1);
        assertThat(fx.runsOf(person.id()).getFirst().status()).isEqualTo(RunStatus.OPEN);
    }

    @Test
    void a_run_closes_itself_once_every_task_is_done_or_skipped_and_a_closed_task_cannot_be_closed_again() {
        long service = fx.service();
        long a = fx.product(service, LicenceModel.FLAT, 0);
        long b = fx.product(service, LicenceModel.FLAT, 0);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, a, b);
        PersonDetails person =
                fx.person("Closing Clara", dept, null, EmploymentStatus.PENDING_START, TODAY.plusDays(5), null);
        List<TaskListItem> tasks = fx.tasksOf(person.id());

        users.run("admin", () -> workflow.complete(task(tasks, a).id(), "Done by hand"));
        assertThat(fx.runsOf(person.id()).getFirst().status()).isEqualTo(RunStatus.OPEN);
        users.run("admin", () -> workflow.skip(task(tasks, b).id(), "Has a team licence"));

        RunListItem run = fx.runsOf(person.id()).getFirst();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.closedAt()).isNotNull();
        assertThat(run.progress()).isEqualTo(1.0);
        assertThatThrownBy(() ->
                        users.as("admin", () -> workflow.skip(task(tasks, a).id(), "again")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("done already");
    }

    @Test
    void the_offboarding_summary_counts_reclaimed_seats_and_their_monthly_cost_annual_prices_divided_by_twelve() {
        long service = fx.service();
        long monthly = fx.product(service, 5, "10.00", BillingCycle.MONTHLY);
        long annual = fx.product(service, 5, "120.00", BillingCycle.ANNUAL);
        long flat = fx.product(service, LicenceModel.FLAT, 0);
        long skipped = fx.product(service, 5, "99.00", BillingCycle.MONTHLY);
        PersonDetails person = fx.person(
                "Saving Sven", WorkflowFixtures.department(), null, EmploymentStatus.ACTIVE, TODAY.minusYears(1), null);
        for (long product : List.of(monthly, annual, flat, skipped)) {
            fx.grant(person.id(), product, GrantStatus.ACTIVE);
        }
        fx.move(person.id(), EmploymentStatus.LEAVING, TODAY.minusYears(1), TODAY.plusDays(3));
        List<TaskListItem> tasks = fx.tasksOf(person.id());
        for (long product : List.of(monthly, annual, flat)) {
            users.run("admin", () -> workflow.complete(task(tasks, product).id(), "Removed"));
        }
        users.run("admin", () -> workflow.skip(task(tasks, skipped).id(), "Keeps it for the handover"));

        RunDetails run = users.as("admin", () -> workflow.run(tasks.getFirst().runId()));
        assertThat(run.summary()).isNotNull();
        assertThat(run.summary().seatsReclaimed()).isEqualTo(2);
        assertThat(run.summary().monthlySaved()).containsExactly(Money.of("20.00", "EUR"));
        assertThat(run.run().status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void a_product_admin_sees_only_their_products_tasks_and_anything_else_is_not_found() {
        long service = fx.service();
        long mine = fx.product(service, LicenceModel.FLAT, 0);
        long theirs = fx.product(service, LicenceModel.FLAT, 0);
        long alone = fx.product(service, LicenceModel.FLAT, 0);
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, mine);
        String serviceAdmin = directory.account(Role.SERVICE_ADMIN);
        directory.serviceAdmin(serviceAdmin, service);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, mine, theirs);
        String soloDept = WorkflowFixtures.department();
        fx.profile(soloDept, null, alone);
        PersonDetails person =
                fx.person("Scoped Sam", dept, null, EmploymentStatus.PENDING_START, TODAY.plusDays(5), null);
        PersonDetails solo =
                fx.person("Solo Sue", soloDept, null, EmploymentStatus.PENDING_START, TODAY.plusDays(5), null);
        List<TaskListItem> all = fx.tasksOf(person.id());
        long foreign = task(all, theirs).id();

        List<TaskListItem> seen = users.as(
                productAdmin, () -> workflow.search(TaskFilter.none(), 0, 500).items());
        assertThat(seen).extracting(TaskListItem::productId).containsOnly(mine);
        assertThatThrownBy(() -> users.as(productAdmin, () -> workflow.get(foreign)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(productAdmin, () -> workflow.complete(foreign, "Sneaky")))
                .isInstanceOf(NotFoundException.class);
        long soloRun = fx.tasksOf(solo.id()).getFirst().runId();
        assertThatThrownBy(() -> users.as(productAdmin, () -> workflow.run(soloRun)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(productAdmin, () -> workflow.run(task(all, mine).runId()))
                        .tasks())
                .extracting(TaskListItem::productId)
                .containsExactly(mine);
        assertThat(users.as("admin", () -> workflow.get(foreign)).status()).isEqualTo(TaskStatus.OPEN);

        long serviceAdminId = directory.accountId(serviceAdmin);
        assertThat(task(all, theirs).assigneeAccountIds())
                .as("no product admin: the service's admins")
                .containsExactly(serviceAdminId);
        assertThat(users.as(
                        serviceAdmin,
                        () -> workflow.search(
                                        new TaskFilter(null, null, null, null, serviceAdminId, null, null), 0, 500)
                                .items()))
                .extracting(TaskListItem::productId)
                .contains(theirs, alone)
                .doesNotContain(mine);
    }

    @Test
    void the_reminder_read_lists_open_tasks_due_by_a_day_with_their_assignees_and_whether_they_are_late() {
        long product = fx.product(fx.service(), LicenceModel.FLAT, 0);
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, product);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, product);
        PersonDetails late = fx.person("Late Lou", dept, null, EmploymentStatus.PENDING_START, TODAY.plusDays(1), null);
        PersonDetails later =
                fx.person("Later Liv", dept, null, EmploymentStatus.PENDING_START, TODAY.plusDays(30), null);

        List<TaskReminder> due = jobReads.openTasksDueBy(TODAY.plusDays(7));

        assertThat(due)
                .filteredOn(r -> r.personId() == late.id())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.overdue()).isTrue();
                    assertThat(r.dueDate()).isEqualTo(TODAY.minusDays(2));
                    assertThat(r.assigneeAccountIds()).containsExactly(directory.accountId(productAdmin));
                    assertThat(r.personName()).isEqualTo("Late Lou");
                });
        assertThat(due).noneMatch(r -> r.personId() == later.id());
        assertThat(due).extracting(TaskReminder::dueDate).isSorted();
    }
}
