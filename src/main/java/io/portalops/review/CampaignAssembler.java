package io.portalops.review;

import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Campaigns to records, with their counts and names. */
@Component
class CampaignAssembler {

    private final ReviewProgressQueries progress;
    private final AccountService accounts;
    private final Clock clock;

    CampaignAssembler(ReviewProgressQueries progress, AccountService accounts, Clock clock) {
        this.progress = progress;
        this.accounts = accounts;
        this.clock = clock;
    }

    List<CampaignListItem> items(List<AccessReview> reviews, long callerId) {
        Map<Long, AccountSummary> starters = accounts.summaries(
                reviews.stream().map(AccessReview::getCreatedBy).collect(java.util.stream.Collectors.toSet()));
        return reviews.stream().map(r -> item(r, callerId, starters)).toList();
    }

    CampaignListItem item(AccessReview review, long callerId) {
        return item(review, callerId, accounts.summaries(Set.of(review.getCreatedBy())));
    }

    CampaignDetails details(AccessReview review, long callerId) {
        Map<Long, int[]> progress = this.progress.reviewerProgress(review.getId());
        Map<Long, AccountSummary> names = accounts.summaries(progress.keySet());
        List<ReviewerProgress> reviewers = progress.entrySet().stream()
                .map(e -> new ReviewerProgress(
                        e.getKey(),
                        names.containsKey(e.getKey()) ? names.get(e.getKey()).displayName() : "#" + e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1]))
                .sorted(java.util.Comparator.comparing(ReviewerProgress::name))
                .toList();
        return new CampaignDetails(item(review, callerId), reviewers, this.progress.productProgress(review.getId()));
    }

    private CampaignListItem item(AccessReview review, long callerId, Map<Long, AccountSummary> starters) {
        ReviewProgressQueries.Counts counts = progress.counts(review.getId(), callerId);
        AccountSummary starter = starters.get(review.getCreatedBy());
        return new CampaignListItem(
                review.getId(),
                review.getTitle(),
                review.getScopeKind(),
                review.getStatus(),
                review.getDueDate(),
                review.isRunning() && review.getDueDate().isBefore(LocalDate.now(clock)),
                starter == null ? "#" + review.getCreatedBy() : starter.displayName(),
                review.getCreatedAt(),
                review.getCompletedAt(),
                counts.items(),
                counts.decided(),
                counts.revokes(),
                counts.openTasks(),
                review.isRunning() ? counts.mineUndecided() : 0);
    }
}
