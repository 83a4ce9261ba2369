package io.portalops.review;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScope;
import io.portalops.inventory.SaasScopes;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationRequest;
import io.portalops.notification.Notifier;
import io.portalops.security.AccountService;
import io.portalops.security.CurrentUser;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting and reading campaigns (ADR 039). An ADMIN starts one over any services or products, a service admin only
 * over the services they administer (the SERVICE_ADMIN role's scope, whatever other roles the account holds); a
 * service or product outside that scope is "not found". Reading follows {@link ReviewAccess}.
 */
@Service
public class ReviewCampaigns {

    static final String STARTERS = "hasAnyRole('ADMIN','SERVICE_ADMIN')";
    /** A due date further out than this is a typo. */
    static final int MAX_DAYS_AHEAD = 366;

    private final AccessReviewRepository reviews;
    private final ReviewStore store;
    private final SnapshotWriter snapshotWriter;
    private final ReviewAccess access;
    private final SnapshotTaker snapshots;
    private final CampaignAssembler assembler;
    private final SaasScopes scopes;
    private final SaasCatalog catalog;
    private final AccountService accounts;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;

    ReviewCampaigns(
            AccessReviewRepository reviews,
            ReviewStore store,
            SnapshotWriter snapshotWriter,
            ReviewAccess access,
            SnapshotTaker snapshots,
            CampaignAssembler assembler,
            SaasScopes scopes,
            SaasCatalog catalog,
            AccountService accounts,
            Notifier notifier,
            AuditLog audit,
            Clock clock) {
        this.reviews = reviews;
        this.store = store;
        this.snapshotWriter = snapshotWriter;
        this.access = access;
        this.snapshots = snapshots;
        this.assembler = assembler;
        this.scopes = scopes;
        this.catalog = catalog;
        this.accounts = accounts;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** Snapshots every active grant in scope, fixes the reviewers and tells them. */
    @PreAuthorize(STARTERS)
    @Transactional
    public CampaignDetails start(StartCampaign command) {
        CurrentUser me = access.user();
        LocalDate today = LocalDate.now(clock);
        if (command.dueDate().isBefore(today) || command.dueDate().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInputException(
                    "dueDate", "The due date must be between today and " + MAX_DAYS_AHEAD + " days ahead.");
        }
        Map<Long, ProductRef> products = productsInScope(command, scopes.of(me));
        long fallback = command.fallbackReviewerId() == null ? me.accountId() : command.fallbackReviewerId();
        Set<Role> fallbackRoles = accounts.rolesOf(Set.of(fallback)).getOrDefault(fallback, Set.of());
        if (fallbackRoles.stream()
                .noneMatch(r -> r == Role.ADMIN || r == Role.SERVICE_ADMIN || r == Role.PRODUCT_ADMIN)) {
            throw new InvalidInputException(
                    "fallbackReviewerId",
                    "The fallback reviewer must be an enabled account with the ADMIN, SERVICE_ADMIN or PRODUCT_ADMIN role.");
        }
        Instant now = clock.instant();
        SnapshotTaker.Snapshot snapshot = snapshots.take(products, fallback, now);
        if (snapshot.rows().isEmpty()) {
            throw new InvalidInputException(
                    "scope", "Nobody holds active access in this scope: there is nothing to review.");
        }
        AccessReview review = reviews.saveAndFlush(
                new AccessReview(command.title(), command.scope(), command.dueDate(), fallback, me.accountId(), now));
        snapshotWriter.insertScope(review.getId(), "SERVICE", command.serviceIds());
        snapshotWriter.insertScope(review.getId(), "PRODUCT", command.productIds());
        snapshotWriter.insertItems(review.getId(), snapshot.rows());
        snapshotWriter.insertReviewers(review.getId(), snapshot.reviewers());
        Set<Long> reviewers =
                snapshot.reviewers().values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        audit.record(AuditEntry.of(
                "review.started",
                "access_review",
                review.getId(),
                Map.of(
                        "title", command.title(),
                        "scope", command.scope().name(),
                        "dueDate", command.dueDate().toString(),
                        "items", snapshot.rows().size(),
                        "products", snapshot.reviewers().size(),
                        "reviewers", reviewers.size())));
        notifier.notify(new NotificationRequest(
                NotificationCause.REVIEW_ASSIGNED,
                reviewers,
                abbreviate("Access review: " + command.title()),
                "Decide keep or revoke for each access you review, by " + command.dueDate() + ".",
                "access-reviews/" + review.getId(),
                "review-assigned:" + review.getId()));
        return assembler.details(review, me.accountId());
    }

    /** The campaigns the caller sees, newest first. */
    @PreAuthorize(SaasCatalog.SAAS_ROLES)
    @Transactional(readOnly = true)
    public List<CampaignListItem> list() {
        CurrentUser me = access.user();
        List<AccessReview> all = reviews.findAllByOrderByIdDesc();
        if (!me.has(Role.ADMIN)) {
            Set<Long> visible = store.campaignsVisibleTo(me.accountId(), access.managedServices(me));
            all = all.stream()
                    .filter(r -> r.getCreatedBy() == me.accountId() || visible.contains(r.getId()))
                    .toList();
        }
        return assembler.items(all, me.accountId());
    }

    /** A campaign with its progress per reviewer and per product. */
    @PreAuthorize(SaasCatalog.SAAS_ROLES)
    @Transactional(readOnly = true)
    public CampaignDetails get(long reviewId) {
        return assembler.details(access.visible(reviewId), access.user().accountId());
    }

    /** Due dates of the running campaigns the caller sees, from and to inclusive, for the calendar. */
    @PreAuthorize(SaasCatalog.SAAS_ROLES)
    @Transactional(readOnly = true)
    public List<ReviewDeadline> dueDates(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS_AHEAD * 2L).isBefore(to)) {
            throw new InvalidInputException(
                    "to", "Give a range of at most " + MAX_DAYS_AHEAD * 2 + " days, from before to.");
        }
        return list().stream()
                .filter(c -> c.status() == CampaignStatus.RUNNING
                        && !c.dueDate().isBefore(from)
                        && !c.dueDate().isAfter(to))
                .map(c -> new ReviewDeadline(
                        c.id(),
                        c.title(),
                        c.dueDate(),
                        access.user().has(Role.ADMIN) ? c.items() - c.decided() : c.mineUndecided()))
                .toList();
    }

    private Map<Long, ProductRef> productsInScope(StartCampaign command, SaasScope scope) {
        Map<Long, ProductRef> all = catalog.allRefsUnscoped();
        Map<Long, ProductRef> chosen = new LinkedHashMap<>();
        switch (command.scope()) {
            case EVERYTHING ->
                all.values().stream().filter(p -> scope.managesProduct(p.id())).forEach(p -> chosen.put(p.id(), p));
            case SERVICES -> {
                Set<Long> known = new HashSet<>();
                all.values().forEach(p -> known.add(p.serviceId()));
                for (long service : command.serviceIds()) {
                    if (!scope.managesService(service) || !known.contains(service)) {
                        throw new NotFoundException("Service");
                    }
                }
                all.values().stream()
                        .filter(p -> command.serviceIds().contains(p.serviceId()))
                        .forEach(p -> chosen.put(p.id(), p));
            }
            case PRODUCTS -> {
                for (long product : command.productIds()) {
                    if (!all.containsKey(product) || !scope.managesProduct(product)) {
                        throw new NotFoundException("Product");
                    }
                    chosen.put(product, all.get(product));
                }
            }
        }
        return chosen;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
