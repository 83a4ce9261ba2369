package io.portalops.review;

import io.portalops.directory.GrantSnapshots;
import io.portalops.directory.GrantState;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Snapshot rows to {@link ReviewItem}s: names of deciders, and each grant and holder as they are now. */
@Component
class ItemAssembler {

    private final GrantSnapshots grants;
    private final AccountService accounts;

    ItemAssembler(GrantSnapshots grants, AccountService accounts) {
        this.grants = grants;
        this.accounts = accounts;
    }

    /** {@code products}: those the caller decides, empty for all. */
    List<ReviewItem> items(List<ReviewStore.ItemRow> rows, AccessReview review, Optional<Set<Long>> products) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, GrantState> now =
                grants.statesOf(rows.stream().map(ReviewStore.ItemRow::grantId).toList());
        Map<Long, AccountSummary> deciders = accounts.summaries(rows.stream()
                .map(ReviewStore.ItemRow::decidedBy)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> {
                    GrantState state = now.get(r.grantId());
                    AccountSummary by = r.decidedBy() == null ? null : deciders.get(r.decidedBy());
                    return new ReviewItem(
                            r.id(),
                            r.reviewId(),
                            r.grantId(),
                            r.personId(),
                            r.personName(),
                            r.personStatus(),
                            r.department(),
                            r.productId(),
                            r.productLabel(),
                            r.grantedAt(),
                            r.grantedBy(),
                            r.lastUsedAt(),
                            r.suggestion(),
                            r.decision(),
                            r.comment(),
                            by == null ? (r.decidedBy() == null ? null : "#" + r.decidedBy()) : by.displayName(),
                            r.decidedAt(),
                            r.taskId(),
                            r.taskStatus(),
                            r.taskNote(),
                            state == null ? null : state.status(),
                            state == null ? null : state.personStatus(),
                            review.isRunning()
                                    && r.decision() == null
                                    && (products.isEmpty() || products.get().contains(r.productId())));
                })
                .toList();
    }
}
