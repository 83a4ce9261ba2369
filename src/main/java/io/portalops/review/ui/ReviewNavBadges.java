package io.portalops.review.ui;

import io.portalops.review.ReviewDecisions;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.ui.NavBadgeProvider;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The reviewer's queue: undecided items of running campaigns they review, next to Access reviews. */
@Component
class ReviewNavBadges implements NavBadgeProvider {

    private final ReviewDecisions decisions;
    private final CurrentUserProvider currentUser;

    ReviewNavBadges(ReviewDecisions decisions, CurrentUserProvider currentUser) {
        this.decisions = decisions;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> badgeFor(String path) {
        if (!ReviewsView.ROUTE.equals(path)
                || !currentUser
                        .find()
                        .map(u -> u.has(Role.ADMIN) || u.has(Role.SERVICE_ADMIN) || u.has(Role.PRODUCT_ADMIN))
                        .orElse(false)) {
            return Optional.empty();
        }
        long waiting = decisions.myQueue();
        return waiting == 0 ? Optional.empty() : Optional.of(Long.toString(waiting));
    }
}
