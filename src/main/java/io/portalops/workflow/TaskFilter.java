package io.portalops.workflow;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the task list and {@code GET /api/tasks} filter by; null means "any". All filters combine with AND, and the
 * caller's scope always applies on top.
 *
 * @param personName part of the person's name, case aside
 * @param assigneeAccountId tasks whose assignees include this account
 * @param dueBefore tasks due strictly before this day
 * @param due open tasks overdue, or due within the coming week
 */
public record TaskFilter(
        @Nullable TaskStatus status,
        @Nullable TaskKind kind,
        @Nullable Long personId,
        @Nullable String personName,
        @Nullable Long assigneeAccountId,
        @Nullable LocalDate dueBefore,
        @Nullable DueWindow due) {

    public TaskFilter {
        personName = personName == null || personName.isBlank() ? null : personName.strip();
    }

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, null, null);
    }
}
