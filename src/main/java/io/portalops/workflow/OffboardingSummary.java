package io.portalops.workflow;

import io.portalops.shared.Money;
import java.util.List;

/**
 * What an offboarding gave back: seats of per-seat products reclaimed by completed revoke tasks, and their monthly
 * cost (seat price per month; annual prices divided by twelve), one amount per currency.
 */
public record OffboardingSummary(int seatsReclaimed, List<Money> monthlySaved) {

    public OffboardingSummary {
        monthlySaved = List.copyOf(monthlySaved);
    }
}
