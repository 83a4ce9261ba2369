package io.portalops.workflow;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** This filter as the parameters of the export and of {@code POST /api/bulk/tasks/{action}}. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "status", status);
        put(parameters, "kind", kind);
        put(parameters, "personId", personId);
        put(parameters, "person", personName);
        put(parameters, "assignee", assigneeAccountId);
        put(parameters, "dueBefore", dueBefore);
        put(parameters, "due", due);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, @Nullable Object value) {
        if (value != null) {
            parameters.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}
