package io.portalops.workflow;

import java.time.LocalDate;
import java.util.Set;

/**
 * An open task for the reminder job: whom to remind (assignees by account id), of what, and whether it is late.
 *
 * @param overdue due before the day the job runs for
 */
public record TaskReminder(
        long taskId,
        long runId,
        TaskKind kind,
        long productId,
        String productName,
        long personId,
        String personName,
        LocalDate dueDate,
        boolean overdue,
        Set<Long> assigneeAccountIds) {

    public TaskReminder {
        assigneeAccountIds = Set.copyOf(assigneeAccountIds);
    }
}
