package io.portalops.usage;

import io.portalops.shared.Money;
import java.util.List;

/**
 * The dashboard's seat-reclaim figures over the caller's products: money a month in reclaimable seats (per currency)
 * and how many seats that is, and the money a month of the reclaims done this quarter.
 */
public record IdleSeatFigures(List<Money> idleMonthly, int idleSeats, List<Money> reclaimedThisQuarter) {

    public IdleSeatFigures {
        idleMonthly = List.copyOf(idleMonthly);
        reclaimedThisQuarter = List.copyOf(reclaimedThisQuarter);
    }
}
