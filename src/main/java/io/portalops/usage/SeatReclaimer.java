package io.portalops.usage;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.directory.GrantUsage;
import io.portalops.directory.SeatUse;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasScopes;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationRequest;
import io.portalops.notification.Notifier;
import io.portalops.shared.Money;
import io.portalops.workflow.ReclaimCandidate;
import io.portalops.workflow.ReclaimProposal;
import io.portalops.workflow.SeatReclaims;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reclaim itself, for the "reclaim idle seats" action and the weekly job alike: which seats are idle against the
 * product's cutoff, what a seat costs a month, and the revoke tasks (through the workflow, idempotent there).
 */
@Component
class SeatReclaimer {

    private final GrantUsage usage;
    private final SeatReclaims reclaims;
    private final UsagePolicyRepository policies;
    private final SaasScopes scopes;
    private final Notifier notifier;
    private final AuditLog audit;
    private final UsageProperties properties;

    SeatReclaimer(
            GrantUsage usage,
            SeatReclaims reclaims,
            UsagePolicyRepository policies,
            SaasScopes scopes,
            Notifier notifier,
            AuditLog audit,
            UsageProperties properties) {
        this.usage = usage;
        this.reclaims = reclaims;
        this.policies = policies;
        this.scopes = scopes;
        this.notifier = notifier;
        this.audit = audit;
        this.properties = properties;
    }

    int idleDays(@Nullable UsagePolicy policy) {
        return policy != null && policy.getIdleDays() != null ? policy.getIdleDays() : properties.idleDays();
    }

    Instant cutoff(@Nullable UsagePolicy policy, Instant now) {
        return now.minus(Duration.ofDays(idleDays(policy)));
    }

    /** A seat's cost a month: a per-seat product's cost per billing cycle over its months; nothing for the others. */
    static Money seatMonthly(ProductRef product) {
        BigDecimal amount = product.licenceModel() == LicenceModel.PER_SEAT
                ? product.billingCycle().monthly(product.cost().amount())
                : BigDecimal.ZERO.setScale(2);
        return new Money(amount, product.cost().currency());
    }

    static Money times(Money money, int count) {
        return new Money(money.amount().multiply(BigDecimal.valueOf(count)), money.currency());
    }

    /**
     * Proposes a revoke task for every reclaimable seat of the product that lacks one; {@code by} is the account that
     * asked, or null for the weekly job, which also tells the product's admins.
     */
    @Transactional
    ReclaimResult reclaim(ProductRef product, @Nullable Long by, Clock clock) {
        UsagePolicy policy = policies.findByProductId(product.id()).orElse(null);
        Instant now = clock.instant();
        Instant cutoff = cutoff(policy, now);
        Money seat = seatMonthly(product);
        List<ReclaimCandidate> candidates = usage.activeSeats(product.id()).stream()
                .filter(s -> s.reclaimable(cutoff))
                .map(s -> new ReclaimCandidate(
                        s.grantId(), s.personId(), s.personName(), product.id(), idleSince(s), seat))
                .toList();
        List<ReclaimProposal> made =
                reclaims.propose(candidates, LocalDate.now(clock).plusDays(properties.reclaimDueDays()));
        Money saving = times(seat, made.size());
        if (!made.isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("product", product.label());
            details.put("tasks", made.stream().map(ReclaimProposal::taskId).toList());
            details.put("monthlySaving", saving.amount().toPlainString() + " " + saving.currency());
            details.put("trigger", by == null ? "weekly job" : "action");
            audit.record(AuditEntry.of("usage.reclaim_proposed", "product", product.id(), details));
            if (by == null) {
                notifier.notify(new NotificationRequest(
                        NotificationCause.SEAT_RECLAIM,
                        scopes.accountsManaging(product.id()),
                        made.size() + " idle seats of " + product.label() + " to reclaim",
                        "Revoke tasks were created for " + made.size() + " seats not used in " + idleDays(policy)
                                + " days; done, they save " + saving.format() + " a month.",
                        "usage/products/" + product.id(),
                        "seat-reclaim:" + product.id() + ":" + made.getFirst().taskId()));
            }
        }
        return new ReclaimResult(product.id(), made, saving);
    }

    private static Instant idleSince(SeatUse seat) {
        return Objects.requireNonNullElse(
                seat.lastUsedAt(), Objects.requireNonNullElse(seat.grantedAt(), Instant.EPOCH));
    }
}
