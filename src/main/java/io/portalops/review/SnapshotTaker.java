package io.portalops.review;

import io.portalops.directory.ActiveGrant;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantSnapshots;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasScopes;
import io.portalops.review.usage.UsageSignals;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Takes a campaign's snapshot: every active grant of the products, with the holder's status and department, who
 * granted it, its last use (when a {@link UsageSignals} bean says), and the reason a revoke is suggested; and the
 * reviewers of each product (its admins, else its service's, else the fallback).
 */
@Component
class SnapshotTaker {

    record Snapshot(List<SnapshotWriter.SnapshotRow> rows, Map<Long, Set<Long>> reviewers) {}

    private final GrantSnapshots grants;
    private final SaasScopes scopes;
    private final AccountService accounts;
    private final ObjectProvider<UsageSignals> usage;
    private final int idleDays;

    SnapshotTaker(
            GrantSnapshots grants,
            SaasScopes scopes,
            AccountService accounts,
            ObjectProvider<UsageSignals> usage,
            ReviewProperties properties) {
        this.grants = grants;
        this.scopes = scopes;
        this.accounts = accounts;
        this.usage = usage;
        this.idleDays = properties.idleDays();
    }

    Snapshot take(Map<Long, ProductRef> products, long fallbackReviewer, Instant now) {
        List<ActiveGrant> active = grants.activeGrantsOf(products.keySet());
        UsageSignals signals = usage.getIfAvailable();
        Map<Long, Instant> lastUsed = signals == null ? Map.of() : signals.lastUsed(active);
        Map<Long, AccountSummary> grantors = accounts.summaries(active.stream()
                .map(ActiveGrant::grantedBy)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<SnapshotWriter.SnapshotRow> rows = active.stream()
                .map(g -> {
                    ProductRef product = Objects.requireNonNull(products.get(g.productId()));
                    Instant last = lastUsed.get(g.grantId());
                    AccountSummary by = g.grantedBy() == null ? null : grantors.get(g.grantedBy());
                    return new SnapshotWriter.SnapshotRow(
                            g,
                            product.serviceId(),
                            product.label(),
                            by == null ? null : by.displayName(),
                            last,
                            suggestion(g, last, signals != null, now));
                })
                .toList();
        Set<Long> held = active.stream().map(ActiveGrant::productId).collect(Collectors.toSet());
        Map<Long, Set<Long>> reviewers = new HashMap<>(scopes.assignees(held));
        for (long product : held) {
            Set<Long> chosen = reviewers.getOrDefault(product, Set.of());
            reviewers.put(product, chosen.isEmpty() ? Set.of(fallbackReviewer) : new HashSet<>(chosen));
        }
        return new Snapshot(rows, reviewers);
    }

    /** Why a revoke is suggested: the holder left, or no use in the idle period (only when usage is recorded). */
    @Nullable
    String suggestion(ActiveGrant grant, @Nullable Instant lastUsed, boolean usageRecorded, Instant now) {
        if (grant.personStatus() == EmploymentStatus.LEFT) {
            return "The person has left";
        }
        if (!usageRecorded) {
            return null;
        }
        Instant cutoff = now.minus(Duration.ofDays(idleDays));
        if (lastUsed != null && lastUsed.isBefore(cutoff)) {
            return "No use in " + ReviewWording.count(idleDays, "day", "days") + " (last used "
                    + lastUsed.atZone(ZoneOffset.UTC).toLocalDate() + ")";
        }
        if (lastUsed == null && (grant.grantedAt() == null || grant.grantedAt().isBefore(cutoff))) {
            return "No recorded use in " + ReviewWording.count(idleDays, "day", "days");
        }
        return null;
    }
}
