package io.portalops.usage;

import io.portalops.directory.GrantUsage;
import io.portalops.directory.SeatCounts;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScopes;
import io.portalops.inventory.SeatLedger;
import io.portalops.jobs.ScheduledJob;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationRequest;
import io.portalops.notification.Notifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily, per product with thresholds: alerts its admins when more seats lie unused (idle, never used, or not assigned)
 * than its maximum, or fewer are left to assign than its minimum. Once per crossing: the alert is not repeated while
 * the condition holds, and comes again after it cleared and returns.
 */
@Component
class SeatThresholdJob implements ScheduledJob {

    private final UsagePolicyRepository policies;
    private final SeatReclaimer reclaimer;
    private final GrantUsage usage;
    private final SeatLedger ledger;
    private final SaasCatalog catalog;
    private final SaasScopes scopes;
    private final Notifier notifier;

    SeatThresholdJob(
            UsagePolicyRepository policies,
            SeatReclaimer reclaimer,
            GrantUsage usage,
            SeatLedger ledger,
            SaasCatalog catalog,
            SaasScopes scopes,
            Notifier notifier) {
        this.policies = policies;
        this.reclaimer = reclaimer;
        this.usage = usage;
        this.ledger = ledger;
        this.catalog = catalog;
        this.scopes = scopes;
        this.notifier = notifier;
    }

    @Override
    public String name() {
        return "usage-seat-thresholds";
    }

    @Override
    public String title() {
        return "Seat threshold alerts";
    }

    @Override
    public String description() {
        return "Tells a product's admins when its unused seats exceed, or its free seats fall below, its thresholds.";
    }

    @Override
    public String defaultCron() {
        return "0 30 6 * * *";
    }

    @Override
    @Transactional
    public String execute(Clock clock) {
        Instant now = clock.instant();
        Map<Long, Integer> purchased = ledger.perSeatLimits();
        Map<Long, ProductRef> products = catalog.allRefsUnscoped();
        int alerts = 0;
        for (UsagePolicy policy : policies.findAll()) {
            ProductRef product = products.get(policy.getProductId());
            Integer seats = purchased.get(policy.getProductId());
            if (product == null || seats == null) {
                continue;
            }
            SeatCounts counts = usage.seatCounts(Map.of(product.id(), reclaimer.cutoff(policy, now)))
                    .getOrDefault(product.id(), SeatCounts.none(product.id()));
            int free = Math.max(seats - counts.assigned(), 0);
            int unused = counts.unused() + free;
            Integer max = policy.getMaxUnusedSeats();
            Integer min = policy.getMinFreeSeats();
            String day = LocalDate.now(clock).toString();
            Set<Long> admins = scopes.accountsManaging(product.id());
            if (policy.alertUnused(max != null && unused > max, now)) {
                alerts += notify(
                        admins,
                        unused + " unused seats of " + product.label(),
                        "More than the threshold of " + max + " seats lie unused (idle for "
                                + reclaimer.idleDays(policy) + " days, never used, or not assigned).",
                        product,
                        "seat-unused:" + product.id() + ":" + day);
            }
            if (policy.alertFree(min != null && free < min, now)) {
                alerts += notify(
                        admins,
                        "Only " + free + " free seats of " + product.label(),
                        "Fewer than the threshold of " + min
                                + " seats are left to assign: buy seats, or reclaim idle ones.",
                        product,
                        "seat-free:" + product.id() + ":" + day);
            }
        }
        return alerts == 0 ? "No threshold crossed" : alerts + " alerts sent";
    }

    private int notify(Set<Long> admins, String title, String body, ProductRef product, String key) {
        notifier.notify(new NotificationRequest(
                NotificationCause.SEAT_THRESHOLD, admins, title, body, "usage/products/" + product.id(), key));
        return 1;
    }
}
