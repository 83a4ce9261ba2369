package io.portalops.usage;

import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.jobs.ScheduledJob;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Proposes reclaims weekly: revoke tasks for the idle seats of every per-seat product, and one notification per
 * product to its admins. Running it again, or after a click on "reclaim idle seats", adds nothing.
 */
@Component
class SeatReclaimJob implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(SeatReclaimJob.class);

    private final SaasCatalog catalog;
    private final SeatReclaimer reclaimer;

    SeatReclaimJob(SaasCatalog catalog, SeatReclaimer reclaimer) {
        this.catalog = catalog;
        this.reclaimer = reclaimer;
    }

    @Override
    public String name() {
        return "usage-seat-reclaim";
    }

    @Override
    public String title() {
        return "Propose seat reclaims";
    }

    @Override
    public String description() {
        return "Creates revoke tasks for seats not used within the product's idle period, and tells the product's admins.";
    }

    @Override
    public String defaultCron() {
        return "0 0 6 * * MON";
    }

    @Override
    public String execute(Clock clock) {
        int tasks = 0;
        int products = 0;
        List<String> failed = new ArrayList<>();
        for (ProductRef product : catalog.allRefsUnscoped().values().stream()
                .filter(p -> SeatReclaimer.seatMonthly(p).amount().signum() > 0)
                .sorted(Comparator.comparingLong(ProductRef::id))
                .toList()) {
            try {
                int made = proposeFor(product, clock);
                tasks += made;
                products += made > 0 ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Proposing the reclaim of {} failed", product.label(), e);
                failed.add(product.label());
            }
        }
        String done = tasks == 0 ? "No new idle seats" : tasks + " revoke tasks proposed for " + products + " products";
        if (!failed.isEmpty()) {
            // the run is recorded as failed, with the products that the next run will try again
            throw new IllegalStateException(done + "; failed for " + String.join(", ", failed));
        }
        return done;
    }

    /** One product's part of a run, in a transaction of its own: a product that fails does not undo the others. */
    int proposeFor(ProductRef product, Clock clock) {
        return reclaimer.reclaim(product, null, clock).tasks().size();
    }
}
