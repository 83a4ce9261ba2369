package io.portalops.usage;

import io.portalops.shared.Money;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product's seat usage: counts by use against its idle period, the money a month in reclaimable seats, its
 * settings, and the seats. {@code seatsPurchased} and {@code freeSeats} are null for products not sold per seat.
 */
public record ProductUsageDetails(
        long productId,
        String productLabel,
        int idleDays,
        boolean ownIdleDays,
        @Nullable Integer maxUnusedSeats,
        @Nullable Integer minFreeSeats,
        @Nullable Integer seatsPurchased,
        @Nullable Integer freeSeats,
        int active,
        int idle,
        int neverUsed,
        int reclaimable,
        Money seatMonthly,
        Money reclaimableMonthly,
        boolean mayReclaim,
        boolean mayEditPolicy,
        List<SeatUsageItem> seats) {

    public ProductUsageDetails {
        seats = List.copyOf(seats);
    }
}
