package io.portalops.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A task made for another module (it carries a {@code reference}, e.g. {@code access-review-item:42}) was completed or
 * skipped. Published in the closing transaction, so that the other module's record of it commits or rolls back with
 * the task.
 *
 * @param note the evidence of a done task, or the reason of a skipped one
 */
public record TaskClosed(
        long taskId,
        String reference,
        TaskStatus status,
        String note,
        @Nullable Long closedBy,
        Instant closedAt) {}
