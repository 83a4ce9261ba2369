package io.portalops.dashboard.ui;

import io.portalops.review.CampaignListItem;
import io.portalops.review.CampaignStatus;
import io.portalops.review.ReviewCampaigns;
import io.portalops.review.ReviewDeadline;
import io.portalops.review.ReviewDecisions;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Access reviews for reviewers and admins: the items waiting for the user, and the running campaigns they see with
 * those overdue. Read live (a few small counts), not from the pre-aggregated figures. Shown only while a campaign runs.
 */
@Component
class ReviewSection {

    private final ReviewCampaigns campaigns;
    private final ReviewDecisions decisions;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    ReviewSection(ReviewCampaigns campaigns, ReviewDecisions decisions, CurrentUserProvider currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    Optional<DashboardSection> section() {
        boolean saas = currentUser
                .find()
                .map(u -> u.has(Role.ADMIN) || u.has(Role.SERVICE_ADMIN) || u.has(Role.PRODUCT_ADMIN))
                .orElse(false);
        if (!saas) {
            return Optional.empty();
        }
        List<CampaignListItem> running = campaigns.list().stream()
                .filter(c -> c.status() == CampaignStatus.RUNNING)
                .toList();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        long mine = decisions.myQueue();
        LocalDate today = LocalDate.now(clock);
        String next = campaigns.dueDates(today, today.plusDays(60)).stream()
                .filter(d -> d.undecided() > 0)
                .map(ReviewDeadline::dueDate)
                .min(LocalDate::compareTo)
                .map(d -> "next due " + d)
                .orElse("in running campaigns");
        long overdue = running.stream().filter(CampaignListItem::overdue).count();
        long openTasks = running.stream().mapToLong(CampaignListItem::openTasks).sum();
        return Optional.of(new DashboardSection("Access reviews", "dashboard-reviews")
                .tile(Tile.of("Accesses to review", Long.toString(mine), next, "access-reviews", mine > 0))
                .tile(Tile.of(
                        "Running campaigns",
                        Long.toString(running.size()),
                        overdue == 0 ? "none overdue" : overdue + " overdue",
                        "access-reviews",
                        overdue > 0))
                .tile(Tile.of("Open revoke tasks", Long.toString(openTasks), "from review decisions", "tasks", false)));
    }
}
