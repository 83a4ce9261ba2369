package io.portalops.review;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.workflow.TaskClosed;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records on the decision that its revoke task was done or skipped, in the task's transaction, and completes the
 * campaign when that was the last piece of work.
 */
@Component
class RevokeTaskFollower {

    static final String PREFIX = "access-review-item:";

    private final ReviewDecisionRepository decisions;
    private final AccessReviewRepository reviews;
    private final ReviewCompletion completion;
    private final AuditLog audit;

    RevokeTaskFollower(
            ReviewDecisionRepository decisions,
            AccessReviewRepository reviews,
            ReviewCompletion completion,
            AuditLog audit) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.completion = completion;
        this.audit = audit;
    }

    static String reference(long itemId) {
        return PREFIX + itemId;
    }

    @EventListener
    void on(TaskClosed closed) {
        if (!closed.reference().startsWith(PREFIX)) {
            return;
        }
        long itemId = Long.parseLong(closed.reference().substring(PREFIX.length()));
        ReviewDecision decision = decisions
                .findByItemId(itemId)
                .orElseThrow(() -> new IllegalStateException("No decision for " + closed.reference()));
        decision.taskClosed(closed.status().name(), closed.note(), closed.closedAt());
        decisions.saveAndFlush(decision);
        audit.record(AuditEntry.of(
                "review.task_closed",
                "access_review_item",
                itemId,
                Map.of(
                        "reviewId", decision.getReviewId(),
                        "taskId", closed.taskId(),
                        "status", closed.status().name(),
                        "note", closed.note())));
        reviews.findById(decision.getReviewId()).ifPresent(completion::completeIfDone);
    }
}
