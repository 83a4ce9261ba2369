package io.portalops.review;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Completes a campaign once every item is decided and every revoke task is done or skipped (ADR 039). */
@Component
class ReviewCompletion {

    private final AccessReviewRepository reviews;
    private final ReviewProgressQueries progress;
    private final AuditLog audit;
    private final Clock clock;

    ReviewCompletion(AccessReviewRepository reviews, ReviewProgressQueries progress, AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.progress = progress;
        this.audit = audit;
        this.clock = clock;
    }

    /** Call with the decisions flushed, in the transaction that made the last change. */
    void completeIfDone(AccessReview review) {
        if (!review.isRunning()) {
            return;
        }
        ReviewProgressQueries.Counts counts = progress.counts(review.getId(), -1);
        if (counts.decided() < counts.items() || counts.openTasks() > 0) {
            return;
        }
        review.complete(clock.instant());
        reviews.saveAndFlush(review);
        audit.record(AuditEntry.of(
                "review.completed",
                "access_review",
                review.getId(),
                Map.of("items", counts.items(), "revokes", counts.revokes())));
    }
}
