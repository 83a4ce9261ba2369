package io.portalops.review;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The decision on one snapshot item (one per item: a unique key holds it against two reviewers at once) and, for a
 * revoke, the state of its workflow task as the workflow told it back.
 */
@Entity
@Table(name = "access_review_decision")
@org.hibernate.envers.Audited
class ReviewDecision extends AbstractEntity {

    private long itemId;
    private long reviewId;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private @Nullable String comment;
    private long decidedBy;
    private Instant decidedAt;
    private @Nullable Long taskId;
    private @Nullable String taskStatus;
    private @Nullable String taskNote;
    private @Nullable Instant taskClosedAt;

    protected ReviewDecision() {}

    ReviewDecision(
            long itemId, long reviewId, Decision decision, @Nullable String comment, long decidedBy, Instant now) {
        this.itemId = itemId;
        this.reviewId = reviewId;
        this.decision = decision;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    void taskOpened(long taskId) {
        this.taskId = taskId;
        this.taskStatus = "OPEN";
    }

    void taskClosed(String status, String note, Instant at) {
        this.taskStatus = status;
        this.taskNote = note;
        this.taskClosedAt = at;
    }

    long getItemId() {
        return itemId;
    }

    long getReviewId() {
        return reviewId;
    }

    Decision getDecision() {
        return decision;
    }

    @Nullable
    Long getTaskId() {
        return taskId;
    }
}
