package io.portalops.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portalops.TestUsers;
import io.portalops.bulk.BulkActions;
import io.portalops.bulk.BulkResult;
import io.portalops.bulk.BulkRowResult;
import io.portalops.bulk.BulkSelection;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.PersonDetails;
import io.portalops.inventory.LicenceModel;
import io.portalops.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bulk complete and skip on the Tasks grid (ADR 044): the single actions' scope and rules, row by row. */
@SpringBootTest
class TaskBulkTest {

    @Autowired
    WorkflowFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    BulkActions bulk;

    @Autowired
    WorkflowService workflow;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    /** One starter with a grant task per product, which are flat (no seat limit); the tasks by product order. */
    List<Long> tasksFor(long... products) {
        String dept = WorkflowFixtures.department();
        Long[] boxed = java.util.Arrays.stream(products).boxed().toArray(Long[]::new);
        fx.profile(dept, null, boxed);
        PersonDetails person = fx.person(
                "Bulk Bo " + DirectoryFixtures.unique(),
                dept,
                null,
                EmploymentStatus.PENDING_START,
                LocalDate.now().plusDays(20),
                null);
        List<TaskListItem> tasks = fx.tasksOf(person.id());
        List<Long> ids = new ArrayList<>();
        for (long product : products) {
            ids.add(tasks.stream()
                    .filter(t -> t.productId() == product)
                    .findFirst()
                    .orElseThrow()
                    .id());
        }
        return ids;
    }

    String status(long task) {
        return jdbc.queryForObject("select status from workflow_task where id = ?", String.class, task);
    }

    long activeGrants(long task) {
        return jdbc.queryForObject(
                "select count(*) from access_grant g join workflow_task t on t.person_id = g.person_id "
                        + "and t.product_id = g.product_id where t.id = ? and g.status = 'ACTIVE'",
                Long.class,
                task);
    }

    @Test
    void a_product_admin_completes_the_tasks_of_their_products_and_others_are_refused_as_not_found() {
        long service = fx.service();
        long mine = fx.product(service, LicenceModel.FLAT, 0);
        long alsoMine = fx.product(service, LicenceModel.FLAT, 0);
        long theirs = fx.product(service, LicenceModel.FLAT, 0);
        String admin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(admin, mine);
        directory.productAdmin(admin, alsoMine);
        List<Long> tasks = tasksFor(mine, alsoMine, theirs);
        users.run("admin", () -> workflow.skip(tasks.get(1), "Not needed"));
        List<Long> selected = List.of(tasks.get(0), tasks.get(1), tasks.get(2), Long.MAX_VALUE);

        BulkResult result = users.as(
                admin,
                () -> bulk.run("tasks", "complete", BulkSelection.ofIds(selected), Map.of("note", "Ticket IT-42")));

        assertThat(result.rows())
                .extracting(BulkRowResult::id, BulkRowResult::done, BulkRowResult::reason)
                .containsExactly(
                        tuple(tasks.get(0), true, null),
                        tuple(tasks.get(1), false, "This task is skipped already."),
                        tuple(tasks.get(2), false, "Not found."),
                        tuple(Long.MAX_VALUE, false, "Not found."));
        assertThat(status(tasks.get(0))).isEqualTo("DONE");
        assertThat(activeGrants(tasks.get(0)))
                .as("completing a grant task grants")
                .isOne();
        assertThat(status(tasks.get(2))).as("out of scope: never acted on").isEqualTo("OPEN");
        assertThat(activeGrants(tasks.get(2))).isZero();
        Map<String, Object> entry = jdbc.queryForMap(
                "select action, details->>'done' as done, details->'fields'->>'note' as note from audit_log "
                        + "where seq = ?",
                result.auditSeq());
        assertThat(entry)
                .containsEntry("action", "bulk.tasks.complete")
                .containsEntry("done", "[" + tasks.get(0) + "]")
                .containsEntry("note", "Ticket IT-42");
    }

    @Test
    void a_skip_by_filter_closes_exactly_the_persons_open_tasks_the_caller_sees_with_the_reason() {
        long service = fx.service();
        long a = fx.product(service, LicenceModel.FLAT, 0);
        long b = fx.product(service, LicenceModel.FLAT, 0);
        List<Long> tasks = tasksFor(a, b);
        long person = jdbc.queryForObject("select person_id from workflow_task where id = ?", Long.class, tasks.get(0));

        BulkResult result = users.as(
                "admin",
                () -> bulk.run(
                        "tasks",
                        "skip",
                        BulkSelection.ofFilter(Map.of("personId", Long.toString(person), "status", "OPEN")),
                        Map.of("reason", "Start cancelled")));

        assertThat(result.selected()).isEqualTo(2);
        assertThat(result.done()).isEqualTo(2);
        assertThat(tasks).allSatisfy(t -> {
            assertThat(status(t)).isEqualTo("SKIPPED");
            assertThat(jdbc.queryForObject("select note from workflow_task where id = ?", String.class, t))
                    .isEqualTo("Start cancelled");
        });
    }

    @Test
    void two_bulk_completes_racing_over_the_same_tasks_complete_each_task_exactly_once() throws Exception {
        long service = fx.service();
        long[] products = new long[6];
        for (int i = 0; i < products.length; i++) {
            products[i] = fx.product(service, LicenceModel.FLAT, 0);
        }
        List<Long> tasks = tasksFor(products);
        String serviceAdmin = directory.account(Role.SERVICE_ADMIN);
        directory.serviceAdmin(serviceAdmin, service);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<BulkResult>> runs = new ArrayList<>();
            for (String who : List.of("admin", serviceAdmin)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return users.as(
                            who,
                            () -> bulk.run(
                                    "tasks", "complete", BulkSelection.ofIds(tasks), Map.of("note", "Race " + who)));
                }));
            }
            start.countDown();
            BulkResult first = runs.get(0).get();
            BulkResult second = runs.get(1).get();

            assertThat(first.done() + second.done()).isEqualTo(tasks.size());
            assertThat(first.refused() + second.refused()).isEqualTo(tasks.size());
            assertThat(tasks).allSatisfy(t -> {
                assertThat(status(t)).isEqualTo("DONE");
                assertThat(activeGrants(t)).as("granted once").isOne();
            });
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_log where action = 'bulk.tasks.complete' "
                                    + "and details->>'fields' like '%Race %' and seq in (?, ?)",
                            Long.class, first.auditSeq(), second.auditSeq()))
                    .isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
