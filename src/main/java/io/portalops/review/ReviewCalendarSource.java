package io.portalops.review;

import io.portalops.calendar.CalendarSource;
import io.portalops.calendar.Deadline;
import io.portalops.calendar.DeadlineAction;
import io.portalops.calendar.DeadlineType;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running campaigns' due dates for the calendar (ADR 041): the campaigns the caller's Reviews list shows, with
 * "Decide" while the caller still has items to decide and the day has not passed. Roles that see no reviews get
 * nothing, as the calendar asks every source for everyone.
 */
@Component
class ReviewCalendarSource implements CalendarSource {

    private static final Set<DeadlineType> TYPES = EnumSet.of(DeadlineType.REVIEW_DUE);

    private final ReviewCampaigns campaigns;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    ReviewCalendarSource(ReviewCampaigns campaigns, CurrentUserProvider currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Set<DeadlineType> types() {
        return TYPES;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> deadlines(LocalDate from, LocalDate to, Set<DeadlineType> types, int limit) {
        var user = currentUser.require();
        if (!types.contains(DeadlineType.REVIEW_DUE)
                || !user.hasAny(Role.ADMIN, Role.SERVICE_ADMIN, Role.PRODUCT_ADMIN)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return campaigns.dueDates(from, to).stream()
                .sorted(Comparator.comparing(ReviewDeadline::dueDate))
                .limit(limit + 1L)
                .map(review -> new Deadline(
                        "review",
                        review.reviewId(),
                        DeadlineType.REVIEW_DUE,
                        review.dueDate(),
                        review.title(),
                        review.undecided() > 0 && !review.dueDate().isBefore(today) ? DeadlineAction.DECIDE : null,
                        "access-reviews/" + review.reviewId(),
                        null,
                        null,
                        null))
                .toList();
    }
}
