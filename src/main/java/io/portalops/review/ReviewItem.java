package io.portalops.review;

import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One access of a campaign: the snapshot taken at the start, the decision, its revoke task, and (next to the
 * snapshot, never changing it) the grant and the person as they are now.
 *
 * @param suggestion why a revoke is suggested (the person left, no use in 90 days), or null
 * @param taskStatus OPEN, DONE or SKIPPED for a revoke decision's task
 * @param currentGrantStatus the grant now; REVOKED once it was revoked, by this review or otherwise
 * @param decidable whether the caller may decide it now
 */
public record ReviewItem(
        long id,
        long reviewId,
        long grantId,
        long personId,
        String personName,
        EmploymentStatus personStatus,
        @Nullable String department,
        long productId,
        String productLabel,
        @Nullable Instant grantedAt,
        @Nullable String grantedBy,
        @Nullable Instant lastUsedAt,
        @Nullable String suggestion,
        @Nullable Decision decision,
        @Nullable String comment,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable Long taskId,
        @Nullable String taskStatus,
        @Nullable String taskNote,
        @Nullable GrantStatus currentGrantStatus,
        @Nullable EmploymentStatus currentPersonStatus,
        boolean decidable) {}
