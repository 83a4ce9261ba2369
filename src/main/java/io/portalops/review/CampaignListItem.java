package io.portalops.review;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A campaign with its progress.
 *
 * @param openTasks revoke tasks not yet done or skipped
 * @param mineUndecided undecided items the caller reviews
 */
public record CampaignListItem(
        long id,
        String title,
        CampaignScope scope,
        CampaignStatus status,
        LocalDate dueDate,
        boolean overdue,
        String createdBy,
        Instant createdAt,
        @Nullable Instant completedAt,
        int items,
        int decided,
        int revokes,
        int openTasks,
        int mineUndecided) {

    /** Decided items and closed revoke tasks, as a fraction of all there is to do (0 to 1). */
    public double progress() {
        int work = items + revokes;
        return work == 0 ? 1.0 : (decided + revokes - openTasks) / (double) work;
    }
}
