package io.portalops.workflow;

import java.time.LocalDate;
import java.util.Set;

/**
 * A task was created and waits for its assignees (the product's admins, or the service's when it has none), for the
 * notification module. Published in the transaction of the person change that created it.
 */
public record TaskAssigned(
        long taskId,
        long runId,
        TaskKind kind,
        long productId,
        String productName,
        long personId,
        String personName,
        LocalDate dueDate,
        Set<Long> assigneeAccountIds) {

    public TaskAssigned {
        assigneeAccountIds = Set.copyOf(assigneeAccountIds);
    }
}
