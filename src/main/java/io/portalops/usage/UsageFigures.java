package io.portalops.usage;

import io.portalops.directory.GrantUsage;
import io.portalops.directory.SeatCounts;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScope;
import io.portalops.inventory.SaasScopes;
import io.portalops.shared.Money;
import io.portalops.workflow.SeatReclaims;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seat-reclaim figures of the dashboard, in the caller's scope: one grouped query over the active grants of the
 * caller's per-seat products (with their last use), and one over the done reclaim tasks through a partial index.
 */
@Component
public class UsageFigures {

    private final SaasCatalog catalog;
    private final SaasScopes scopes;
    private final GrantUsage usage;
    private final SeatReclaims reclaims;
    private final SeatReclaimer reclaimer;
    private final UsagePolicyRepository policies;
    private final Clock clock;

    UsageFigures(
            SaasCatalog catalog,
            SaasScopes scopes,
            GrantUsage usage,
            SeatReclaims reclaims,
            SeatReclaimer reclaimer,
            UsagePolicyRepository policies,
            Clock clock) {
        this.catalog = catalog;
        this.scopes = scopes;
        this.usage = usage;
        this.reclaims = reclaims;
        this.reclaimer = reclaimer;
        this.policies = policies;
        this.clock = clock;
    }

    @PreAuthorize(SaasCatalog.SAAS_ROLES)
    @Transactional(readOnly = true)
    public IdleSeatFigures figures() {
        SaasScope scope = scopes.current();
        Instant now = clock.instant();
        Map<Long, ProductRef> products = catalog.allRefsUnscoped().entrySet().stream()
                .filter(e -> scope.seesProduct(e.getKey()))
                .filter(e -> SeatReclaimer.seatMonthly(e.getValue()).amount().signum() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, UsagePolicy> own =
                policies.findAll().stream().collect(Collectors.toMap(UsagePolicy::getProductId, Function.identity()));
        Map<Long, Instant> cutoffs = new HashMap<>();
        products.keySet().forEach(id -> cutoffs.put(id, reclaimer.cutoff(own.get(id), now)));
        Map<String, BigDecimal> idle = new TreeMap<>();
        int seats = 0;
        for (SeatCounts counts : usage.seatCounts(cutoffs).values()) {
            ProductRef product = products.get(counts.productId());
            if (product != null && counts.reclaimable() > 0) {
                Money money = SeatReclaimer.times(SeatReclaimer.seatMonthly(product), counts.reclaimable());
                idle.merge(money.currency(), money.amount(), BigDecimal::add);
                seats += counts.reclaimable();
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate quarter =
                today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        ZoneId zone = clock.getZone();
        return new IdleSeatFigures(
                idle.entrySet().stream()
                        .map(e -> new Money(e.getValue(), e.getKey()))
                        .toList(),
                seats,
                reclaims.reclaimed(quarter.atStartOfDay(zone).toInstant(), now.plusSeconds(1), scope.productFilter()));
    }
}
