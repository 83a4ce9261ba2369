package io.portalops.notification;

import io.portalops.workflow.TaskAssigned;
import io.portalops.workflow.TaskKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new onboarding or offboarding task tells its assignees, in the transaction that created it (ADR 012), so a person
 * change that rolls back leaves no notification behind.
 */
@Component
class TaskNotifications {

    private final Notifier notifier;

    TaskNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(TaskAssigned task) {
        if (task.assigneeAccountIds().isEmpty()) {
            return;
        }
        String what = task.kind() == TaskKind.GRANT
                ? "Grant " + task.productName() + " to " + task.personName()
                : "Revoke " + task.productName() + " from " + task.personName();
        notifier.notify(new NotificationRequest(
                NotificationCause.TASK_ASSIGNED,
                task.assigneeAccountIds(),
                abbreviate("New task: " + what),
                what + " by " + task.dueDate() + (task.kind() == TaskKind.GRANT ? " (onboarding)." : " (offboarding)."),
                "tasks/runs/" + task.runId(),
                "task-assigned:" + task.taskId()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
