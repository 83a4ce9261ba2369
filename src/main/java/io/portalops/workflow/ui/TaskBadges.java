package io.portalops.workflow.ui;

import com.vaadin.flow.component.html.Span;
import io.portalops.shared.ui.Badge;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.TaskStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A task's status and why it needs attention, in words as well as colour. */
final class TaskBadges {

    private TaskBadges() {}

    static Span status(TaskStatus status) {
        return Badge.of(
                status.label(),
                switch (status) {
                    case OPEN -> "contrast";
                    case DONE -> "success";
                    case SKIPPED, CANCELLED -> "";
                });
    }

    /** "Overdue by 3 days", "Due today", "Due in 4 days"; empty when the task needs no attention. */
    static Span attention(TaskListItem task, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, task.dueDate());
        if (task.overdue()) {
            return withClass(
                    Badge.of("Overdue by " + -days + (days == -1 ? " day" : " days"), "error"), "overdue-badge");
        }
        if (task.dueSoon()) {
            return withClass(
                    Badge.of(days == 0 ? "Due today" : "Due in " + days + (days == 1 ? " day" : " days"), "warning"),
                    "due-soon-badge");
        }
        return new Span();
    }

    /** Grid row part names, styled in portalops.css. */
    static String highlight(TaskListItem task) {
        return task.overdue() ? "task-overdue" : task.dueSoon() ? "task-due-soon" : null;
    }

    private static Span withClass(Span badge, String className) {
        badge.addClassName(className);
        return badge;
    }
}
