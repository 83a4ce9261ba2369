package io.portalops.inventory;

import io.portalops.shared.Money;
import java.util.List;

/** A service row with its products' totals; costs are per currency, since products may be billed in different ones. */
public record ServiceListItem(
        long id,
        String name,
        String vendor,
        String category,
        ServiceStatus status,
        int productCount,
        int seatsAssigned,
        int seatsPurchased,
        List<Money> monthlyCost,
        List<Money> unusedMonthly,
        boolean anyNearlyFull,
        boolean anyWorthReclaiming) {

    public double utilisation() {
        return seatsPurchased > 0 ? (double) seatsAssigned / seatsPurchased : 0;
    }

    public String monthlyCostLabel() {
        return label(monthlyCost);
    }

    public String unusedMonthlyLabel() {
        return label(unusedMonthly);
    }

    private static String label(List<Money> amounts) {
        return amounts.isEmpty()
                ? "–"
                : String.join(" + ", amounts.stream().map(Money::formatWhole).toList());
    }
}
