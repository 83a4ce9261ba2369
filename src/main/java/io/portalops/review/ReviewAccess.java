package io.portalops.review;

import io.portalops.inventory.SaasScopes;
import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.NotFoundException;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who sees a campaign and which of its items (ADR 039). A campaign: ADMIN; its starter; its reviewers; a service admin
 * of a service it covers. Its items: ADMIN all; anyone else only those of the products they review, so a service admin
 * who reviews nothing in it sees its progress and none of its items. Anything else is "not found".
 */
@Component
class ReviewAccess {

    private final AccessReviewRepository reviews;
    private final ReviewStore store;
    private final SaasScopes scopes;
    private final CurrentUserProvider currentUser;

    ReviewAccess(
            AccessReviewRepository reviews, ReviewStore store, SaasScopes scopes, CurrentUserProvider currentUser) {
        this.reviews = reviews;
        this.store = store;
        this.scopes = scopes;
        this.currentUser = currentUser;
    }

    CurrentUser user() {
        return currentUser.require();
    }

    AccessReview visible(long reviewId) {
        CurrentUser user = user();
        AccessReview review = reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("Access review"));
        if (user.has(Role.ADMIN)
                || review.getCreatedBy() == user.accountId()
                || !store.reviewedProducts(reviewId, user.accountId()).isEmpty()
                || store.touchesServices(reviewId, managedServices(user))) {
            return review;
        }
        throw new NotFoundException("Access review");
    }

    /** The products whose items the caller sees and decides in the campaign; empty for all (ADMIN). */
    Optional<Set<Long>> itemProducts(long reviewId) {
        CurrentUser user = user();
        return user.has(Role.ADMIN)
                ? Optional.empty()
                : Optional.of(store.reviewedProducts(reviewId, user.accountId()));
    }

    Set<Long> managedServices(CurrentUser user) {
        return user.has(Role.SERVICE_ADMIN) ? scopes.of(user).managedServices() : Set.of();
    }
}
