package io.portalops.inventory;

import io.portalops.shared.Money;
import java.math.BigDecimal;

/**
 * A product row: seats, cost per month, and the money in unused seats. A per-seat product at 90 % or more is
 * {@link #nearlyFull()}; unused seats are money to reclaim, highlighted once a quarter of them lie idle.
 */
public record ProductListItem(
        long id,
        long serviceId,
        String serviceName,
        String name,
        LicenceModel licenceModel,
        int seatsPurchased,
        int seatsAssigned,
        Money cost,
        BillingCycle billingCycle,
        Money monthlyCost,
        Money unusedMonthly) {

    public static final double NEARLY_FULL = 0.9;
    /** At or below this utilisation, enough paid seats lie idle to be worth reclaiming (highlighted). */
    public static final double RECLAIM = 0.75;

    public boolean perSeat() {
        return licenceModel == LicenceModel.PER_SEAT;
    }

    /** Assigned over purchased, 0 to 1 (above 1 only if seats were cut below the assigned count). */
    public double utilisation() {
        return perSeat() && seatsPurchased > 0 ? (double) seatsAssigned / seatsPurchased : 0;
    }

    public boolean nearlyFull() {
        return perSeat() && seatsPurchased > 0 && utilisation() >= NEARLY_FULL;
    }

    public int unusedSeats() {
        return perSeat() ? Math.max(seatsPurchased - seatsAssigned, 0) : 0;
    }

    /** A quarter or more of the paid seats unused: highlighted as money to reclaim. */
    public boolean worthReclaiming() {
        return perSeat() && seatsPurchased > 0 && utilisation() <= RECLAIM;
    }

    public boolean hasUnusedSeats() {
        return unusedMonthly.amount().compareTo(BigDecimal.ZERO) > 0;
    }
}
