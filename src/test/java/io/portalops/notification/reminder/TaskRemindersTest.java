package io.portalops.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.PersonDetails;
import io.portalops.inventory.LicenceModel;
import io.portalops.security.Role;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.WorkflowFixtures;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A new task notifies its assignees at once; the daily reminder lists each assignee's due and overdue tasks once. */
@SpringBootTest
class TaskRemindersTest {

    @Autowired
    WorkflowFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    TaskReminderJob job;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_new_task_tells_exactly_its_assignees_and_the_daily_reminder_lists_it_once_per_day() {
        long service = fx.service();
        long product = fx.product(service, LicenceModel.FLAT, 0);
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, product);
        long adminId = directory.accountId(productAdmin);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, product);
        LocalDate start = LocalDate.now().plusDays(20);
        PersonDetails person = fx.person("Reminded Rita", dept, null, EmploymentStatus.PENDING_START, start, null);
        TaskListItem task = fx.tasksOf(person.id()).getFirst();

        List<Map<String, Object>> assigned = jdbc.queryForList(
                "select recipient_id, cause, link, title from notification where dedup_key = ?",
                "task-assigned:" + task.id());
        assertThat(assigned).singleElement().satisfies(row -> {
            assertThat(row)
                    .containsEntry("recipient_id", adminId)
                    .containsEntry("cause", "TASK_ASSIGNED")
                    .containsEntry("link", "tasks/runs/" + task.runId());
            assertThat((String) row.get("title")).contains("Grant").contains("Reminded Rita");
        });

        LocalDate due = task.dueDate();
        job.execute(Clock.fixed(due.minusDays(4).atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        assertThat(reminderBody(adminId, due.minusDays(4)))
                .as("four days ahead is not due yet")
                .isNull();

        job.execute(Clock.fixed(due.minusDays(1).atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        job.execute(Clock.fixed(due.minusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        assertThat(reminderBody(adminId, due.minusDays(1)))
                .contains("Reminded Rita, due " + due)
                .doesNotContain("OVERDUE");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where dedup_key = ?",
                        Integer.class,
                        "task-reminder:" + adminId + ":" + due.minusDays(1)))
                .isEqualTo(1);

        job.execute(Clock.fixed(due.plusDays(1).atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        assertThat(reminderBody(adminId, due.plusDays(1)))
                .contains("OVERDUE Grant")
                .contains("Reminded Rita");
        assertThat(jdbc.queryForObject(
                        "select link from notification where dedup_key = ?",
                        String.class,
                        "task-reminder:" + adminId + ":" + due.plusDays(1)))
                .isEqualTo("tasks?due=OVERDUE");
    }

    private String reminderBody(long account, LocalDate day) {
        return jdbc
                .queryForList(
                        "select body from notification where dedup_key = ?",
                        String.class,
                        "task-reminder:" + account + ":" + day)
                .stream()
                .findFirst()
                .orElse(null);
    }
}
