package io.portalops.notification.reminder;

import io.portalops.jobs.ScheduledJob;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationRequest;
import io.portalops.workflow.TaskKind;
import io.portalops.workflow.TaskReminder;
import io.portalops.workflow.WorkflowTasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Once a day, one reminder per assignee listing their open onboarding and offboarding tasks that are overdue or due
 * within {@code portalops.reminders.task-due-days} (3) days: a digest, not a message per task.
 */
@Component
class TaskReminderJob implements ScheduledJob {

    private static final int MAX_LINES = 30;

    private final WorkflowTasks tasks;
    private final Reminders reminders;
    private final int dueDays;

    TaskReminderJob(WorkflowTasks tasks, Reminders reminders, ReminderProperties properties) {
        this.tasks = tasks;
        this.reminders = reminders;
        this.dueDays = properties.taskDueDays();
    }

    @Override
    public String name() {
        return "task-reminders";
    }

    @Override
    public String title() {
        return "Task reminders";
    }

    @Override
    public String description() {
        return "Sends each assignee one daily list of their overdue tasks and those due within " + dueDays + " days.";
    }

    @Override
    public String defaultCron() {
        return "0 30 6 * * *";
    }

    @Override
    public String execute(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<TaskReminder>> byAssignee = new TreeMap<>();
        for (TaskReminder task : tasks.openTasksDueBy(today.plusDays(dueDays), today)) {
            Set<Long> to = task.assigneeAccountIds().isEmpty() ? reminders.admins() : task.assigneeAccountIds();
            to.forEach(account ->
                    byAssignee.computeIfAbsent(account, a -> new ArrayList<>()).add(task));
        }
        int sent = 0;
        for (Map.Entry<Long, List<TaskReminder>> entry : byAssignee.entrySet()) {
            sent += reminders.send(digest(entry.getKey(), entry.getValue(), today));
        }
        return "Reminded " + sent + " assignees of "
                + byAssignee.values().stream().flatMap(List::stream).distinct().count() + " tasks";
    }

    private static NotificationRequest digest(long account, List<TaskReminder> due, LocalDate today) {
        long overdue = due.stream().filter(TaskReminder::overdue).count();
        StringBuilder body = new StringBuilder();
        due.stream()
                .limit(MAX_LINES)
                .forEach(task -> body.append(task.overdue() ? "OVERDUE " : "")
                        .append(
                                task.kind() == TaskKind.GRANT
                                        ? "Grant " + task.productName() + " to "
                                        : "Revoke " + task.productName() + " from ")
                        .append(task.personName())
                        .append(", due ")
                        .append(task.dueDate())
                        .append('\n'));
        if (due.size() > MAX_LINES) {
            body.append("… and ").append(due.size() - MAX_LINES).append(" more.");
        }
        return new NotificationRequest(
                NotificationCause.TASK_REMINDER,
                Set.of(account),
                due.size()
                        + (due.size() == 1 ? " task needs you" : " tasks need you")
                        + (overdue > 0 ? " (" + overdue + " overdue)" : ""),
                body.toString(),
                overdue > 0 ? "tasks?due=OVERDUE" : "tasks",
                "task-reminder:" + account + ":" + today);
    }
}
