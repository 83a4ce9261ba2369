package io.portalops.usage;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.directory.GrantUsage;
import io.portalops.directory.SeatState;
import io.portalops.directory.SeatUse;
import io.portalops.inventory.ProductDetails;
import io.portalops.inventory.ProductListItem;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScope;
import io.portalops.inventory.SaasScopes;
import io.portalops.security.CurrentUserProvider;
import io.portalops.shared.Money;
import io.portalops.shared.NotFoundException;
import io.portalops.workflow.SeatReclaims;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A product's seat usage, its usage settings, and the "reclaim idle seats" action (ADR 040). The product must be in
 * the caller's SaaS scope, or it is not found; those who work its grants (product and service admins, ADMIN) may
 * reclaim, those who manage the product (service admins, ADMIN) may change its settings.
 */
@Service
@Validated
public class ProductUsage {

    private final SaasCatalog catalog;
    private final SaasScopes scopes;
    private final GrantUsage usage;
    private final SeatReclaims reclaims;
    private final SeatReclaimer reclaimer;
    private final UsagePolicyRepository policies;
    private final CurrentUserProvider currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ProductUsage(
            SaasCatalog catalog,
            SaasScopes scopes,
            GrantUsage usage,
            SeatReclaims reclaims,
            SeatReclaimer reclaimer,
            UsagePolicyRepository policies,
            CurrentUserProvider currentUser,
            AuditLog audit,
            Clock clock) {
        this.catalog = catalog;
        this.scopes = scopes;
        this.usage = usage;
        this.reclaims = reclaims;
        this.reclaimer = reclaimer;
        this.policies = policies;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(SaasCatalog.SAAS_ROLES)
    @Transactional(readOnly = true)
    public ProductUsageDetails usage(long productId) {
        ProductDetails product = catalog.product(productId);
        return details(product.product(), ref(productId), scopes.current());
    }

    @PreAuthorize(SaasCatalog.SAAS_ROLES)
    @Transactional
    public ProductUsageDetails updatePolicy(long productId, @Valid UsagePolicyForm form) {
        ProductDetails product = catalog.product(productId);
        SaasScope scope = scopes.current();
        if (!scope.managesProduct(productId)) {
            throw new AccessDeniedException("Only the service's admins change a product's usage settings.");
        }
        UsagePolicy policy =
                policies.findByProductId(productId).orElseGet(() -> new UsagePolicy(productId, clock.instant()));
        policy.apply(form, clock.instant());
        policies.saveAndFlush(policy);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("idleDays", String.valueOf(form.idleDays()));
        details.put("maxUnusedSeats", String.valueOf(form.maxUnusedSeats()));
        details.put("minFreeSeats", String.valueOf(form.minFreeSeats()));
        audit.record(AuditEntry.of("usage.policy_changed", "product", productId, details));
        return details(product.product(), ref(productId), scope);
    }

    /** Creates a revoke task for each idle seat that has none (see {@link SeatReclaims}); running it again adds none. */
    @PreAuthorize(SaasCatalog.SAAS_ROLES)
    @Transactional
    public ReclaimResult reclaim(long productId) {
        ProductRef product = ref(productId);
        if (!scopes.current().grantsAccessTo(productId)) {
            throw new NotFoundException("Product");
        }
        return reclaimer.reclaim(product, currentUser.require().accountId(), clock);
    }

    private ProductRef ref(long productId) {
        ProductRef ref = catalog.refs(Set.of(productId)).get(productId);
        if (ref == null) {
            throw new NotFoundException("Product");
        }
        return ref;
    }

    private ProductUsageDetails details(ProductListItem product, ProductRef ref, SaasScope scope) {
        UsagePolicy policy = policies.findByProductId(product.id()).orElse(null);
        Instant cutoff = reclaimer.cutoff(policy, clock.instant());
        List<SeatUse> seats = usage.activeSeats(product.id());
        Set<Long> underRevoke =
                reclaims.underRevoke(seats.stream().map(SeatUse::grantId).toList());
        List<SeatUsageItem> items = seats.stream()
                .map(s -> new SeatUsageItem(
                        s.grantId(),
                        s.personId(),
                        s.personName(),
                        s.personStatus(),
                        s.grantedAt(),
                        s.lastUsedAt(),
                        s.state(cutoff),
                        s.reclaimable(cutoff),
                        underRevoke.contains(s.grantId())))
                .toList();
        int reclaimable =
                (int) items.stream().filter(SeatUsageItem::reclaimable).count();
        Money seat = SeatReclaimer.seatMonthly(ref);
        return new ProductUsageDetails(
                product.id(),
                ref.label(),
                reclaimer.idleDays(policy),
                policy != null && policy.getIdleDays() != null,
                policy == null ? null : policy.getMaxUnusedSeats(),
                policy == null ? null : policy.getMinFreeSeats(),
                product.perSeat() ? product.seatsPurchased() : null,
                product.perSeat() ? Math.max(product.seatsPurchased() - seats.size(), 0) : null,
                count(items, SeatState.ACTIVE),
                count(items, SeatState.IDLE),
                count(items, SeatState.NEVER_USED),
                reclaimable,
                seat,
                SeatReclaimer.times(seat, reclaimable),
                scope.grantsAccessTo(product.id()),
                scope.managesProduct(product.id()),
                items);
    }

    private static int count(List<SeatUsageItem> items, SeatState state) {
        return (int) items.stream().filter(i -> i.state() == state).count();
    }
}
