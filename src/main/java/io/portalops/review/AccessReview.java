package io.portalops.review;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** One campaign. Its snapshot items and reviewers are written once at the start, in plain SQL ({@link ReviewStore}). */
@Entity
@Table(name = "access_review")
@Audited
class AccessReview extends AbstractEntity {

    private String title;

    @Enumerated(EnumType.STRING)
    private CampaignScope scopeKind;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status;

    private long fallbackReviewerId;
    private long createdBy;

    @NotAudited
    private Instant createdAt;

    private @Nullable Instant completedAt;

    protected AccessReview() {}

    AccessReview(
            String title,
            CampaignScope scopeKind,
            LocalDate dueDate,
            long fallbackReviewerId,
            long createdBy,
            Instant now) {
        this.title = title;
        this.scopeKind = scopeKind;
        this.dueDate = dueDate;
        this.status = CampaignStatus.RUNNING;
        this.fallbackReviewerId = fallbackReviewerId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void complete(Instant now) {
        if (status != CampaignStatus.RUNNING) {
            throw new IllegalStateException("Only a running campaign completes");
        }
        this.status = CampaignStatus.COMPLETED;
        this.completedAt = now;
    }

    boolean isRunning() {
        return status == CampaignStatus.RUNNING;
    }

    String getTitle() {
        return title;
    }

    CampaignScope getScopeKind() {
        return scopeKind;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    CampaignStatus getStatus() {
        return status;
    }

    long getFallbackReviewerId() {
        return fallbackReviewerId;
    }

    long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    Instant getCompletedAt() {
        return completedAt;
    }
}
