package io.portalops.review;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.inventory.SaasCatalog;
import io.portalops.security.CurrentUser;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.paging.PageWindow;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.validation.FreeText;
import io.portalops.workflow.AccessReviewTasks;
import io.portalops.workflow.RevokeTaskRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's items and their decisions. A reviewer sees and decides only the items of the products they review;
 * ADMIN sees and decides all. Each item is decided once (keep, or revoke with a comment); a revoke opens a workflow
 * task for the product's admins, and the campaign completes when the last item is decided and the last task closed.
 */
@Service
public class ReviewDecisions {

    public static final int MAX_COMMENT = 1000;
    public static final int MAX_PAGE = 500;
    public static final int MAX_BULK = 500;

    private final ReviewAccess access;
    private final ReviewStore store;
    private final ReviewDecisionRepository decisions;
    private final ReviewCompletion completion;
    private final ItemAssembler assembler;
    private final AccessReviewTasks tasks;
    private final AuditLog audit;
    private final Clock clock;
    private final int revokeTaskDays;

    ReviewDecisions(
            ReviewAccess access,
            ReviewStore store,
            ReviewDecisionRepository decisions,
            ReviewCompletion completion,
            ItemAssembler assembler,
            AccessReviewTasks tasks,
            AuditLog audit,
            Clock clock,
            ReviewProperties properties) {
        this.access = access;
        this.store = store;
        this.decisions = decisions;
        this.completion = completion;
        this.assembler = assembler;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
        this.revokeTaskDays = properties.revokeTaskDays();
    }

    /** A page of the items the caller reviews, by product then person. */
    @PreAuthorize(SaasCatalog.SAAS_ROLES)
    @Transactional(readOnly = true)
    public SliceResult<ReviewItem> items(long reviewId, ItemFilter filter, int offset, int limit) {
        PageWindow.require(offset, limit, MAX_PAGE);
        AccessReview review = access.visible(reviewId);
        Optional<Set<Long>> products = access.itemProducts(reviewId);
        SliceResult<ReviewStore.ItemRow> rows =
                SliceResult.fromOverfetch(store.items(reviewId, products, filter, offset, limit), offset, limit);
        return new SliceResult<>(assembler.items(rows.items(), review, products), offset, limit, rows.hasNext());
    }

    @PreAuthorize(SaasCatalog.SAAS_ROLES)
    @Transactional(readOnly = true)
    public ReviewItem item(long reviewId, long itemId) {
        AccessReview review = access.visible(reviewId);
        Optional<Set<Long>> products = access.itemProducts(reviewId);
        ReviewStore.ItemRow row = store.item(reviewId, itemId)
                .filter(r -> products.isEmpty() || products.get().contains(r.productId()))
                .orElseThrow(() -> new NotFoundException("Review item"));
        return assembler.items(List.of(row), review, products).getFirst();
    }

    /** Keeps or revokes one item; an item decided already (by anyone) is refused with 409 and stays as it was. */
    @PreAuthorize(SaasCatalog.SAAS_ROLES)
    @Transactional
    public ReviewItem decide(long reviewId, long itemId, DecisionRequest request) {
        String comment = comment(request);
        AccessReview review = access.visible(reviewId);
        Optional<Set<Long>> products = access.itemProducts(reviewId);
        ReviewStore.ItemRow row = decideOne(review, products, itemId, request.decision(), comment, access.user());
        completion.completeIfDone(review);
        return assembler.items(List.of(row), review, products).getFirst();
    }

    /**
     * The same decision for many items, each on its own: an item out of reach or decided already is reported and
     * skipped, the others are decided. Items are locked in id order, so two bulk decisions never deadlock.
     */
    @PreAuthorize(SaasCatalog.SAAS_ROLES)
    @Transactional
    public List<BulkDecisionResult> decideAll(long reviewId, List<Long> itemIds, DecisionRequest request) {
        if (itemIds == null
                || itemIds.isEmpty()
                || itemIds.size() > MAX_BULK
                || itemIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("itemIds", "Give 1 to " + MAX_BULK + " item ids.");
        }
        String comment = comment(request);
        AccessReview review = access.visible(reviewId);
        Optional<Set<Long>> products = access.itemProducts(reviewId);
        CurrentUser me = access.user();
        Map<Long, BulkDecisionResult> results = new HashMap<>();
        for (long id : new LinkedHashSet<>(itemIds).stream().sorted().toList()) {
            try {
                decideOne(review, products, id, request.decision(), comment, me);
                results.put(id, new BulkDecisionResult(id, true, null));
            } catch (NotFoundException e) {
                results.put(id, new BulkDecisionResult(id, false, "Not found."));
            } catch (RuleViolationException e) {
                results.put(id, new BulkDecisionResult(id, false, e.getMessage()));
            }
        }
        completion.completeIfDone(review);
        List<BulkDecisionResult> ordered = new ArrayList<>();
        new LinkedHashSet<>(itemIds).forEach(id -> ordered.add(results.get(id)));
        return ordered;
    }

    /** Undecided items of running campaigns that the caller reviews: the reviewer's queue (nav badge, dashboard). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long myQueue() {
        return store.queueCount(access.user().accountId());
    }

    private ReviewStore.ItemRow decideOne(
            AccessReview review,
            Optional<Set<Long>> products,
            long itemId,
            Decision decision,
            @Nullable String comment,
            CurrentUser me) {
        ReviewStore.ItemRow row = store.lockItem(review.getId(), itemId)
                .filter(r -> products.isEmpty() || products.get().contains(r.productId()))
                .orElseThrow(() -> new NotFoundException("Review item"));
        if (!review.isRunning()) {
            throw new RuleViolationException("This access review is completed; its decisions are final.", 409);
        }
        if (row.decision() != null) {
            throw new RuleViolationException(
                    "This access was decided already (" + row.decision().label().toLowerCase() + ").", 409);
        }
        ReviewDecision saved;
        try {
            saved = decisions.saveAndFlush(
                    new ReviewDecision(itemId, review.getId(), decision, comment, me.accountId(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolationException("This access was decided already.", 409);
        }
        if (decision == Decision.REVOKE) {
            long taskId = tasks.openRevokeTask(new RevokeTaskRequest(
                    row.personId(),
                    row.personName(),
                    row.productId(),
                    row.grantId(),
                    LocalDate.now(clock).plusDays(revokeTaskDays),
                    RevokeTaskFollower.reference(itemId)));
            saved.taskOpened(taskId);
            decisions.saveAndFlush(saved);
        }
        Map<String, Object> details = new HashMap<>();
        details.put("reviewId", review.getId());
        details.put("grantId", row.grantId());
        details.put("personId", row.personId());
        details.put("productId", row.productId());
        details.put("decision", decision.name());
        if (comment != null) {
            details.put("comment", comment);
        }
        if (saved.getTaskId() != null) {
            details.put("taskId", saved.getTaskId());
        }
        audit.record(AuditEntry.of("review.decided", "access_review_item", itemId, details));
        return store.item(review.getId(), itemId).orElseThrow();
    }

    private static @Nullable String comment(DecisionRequest request) {
        if (request == null || request.decision() == null) {
            throw new InvalidInputException("decision", "Decide \"keep\" or \"revoke\".");
        }
        if (request.decision() == Decision.REVOKE) {
            return FreeText.required("comment", request.comment(), MAX_COMMENT, "Say why the access is revoked.");
        }
        return FreeText.optional("comment", request.comment(), MAX_COMMENT);
    }
}
