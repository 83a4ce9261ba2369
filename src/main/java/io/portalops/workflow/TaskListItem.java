package io.portalops.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A task as the task list, the run page and the API show it.
 *
 * @param assignees display names of the accounts expected to work it (the product's admins, else the service's)
 * @param assigneeAccountIds the same accounts by id
 * @param overdue open and due before today
 * @param dueSoon open and due today or within {@link WorkflowService#DUE_SOON_DAYS} days
 * @param actionable whether the caller may complete or skip it now
 */
public record TaskListItem(
        long id,
        long runId,
        TaskKind kind,
        TaskStatus status,
        long productId,
        String productLabel,
        boolean perSeat,
        long personId,
        String personName,
        LocalDate dueDate,
        @Nullable Long grantId,
        @Nullable String note,
        @Nullable String closedBy,
        @Nullable Instant closedAt,
        Instant createdAt,
        List<String> assignees,
        Set<Long> assigneeAccountIds,
        boolean overdue,
        boolean dueSoon,
        boolean actionable,
        long version) {

    public TaskListItem {
        assignees = List.copyOf(assignees);
        assigneeAccountIds = Set.copyOf(assigneeAccountIds);
    }

    /** "Grant Slack · Slack Business+ to Ada Lovelace" or "Revoke … from …". */
    public String title() {
        return kind == TaskKind.GRANT
                ? "Grant " + productLabel + " to " + personName
                : "Revoke " + productLabel + " from " + personName;
    }
}
