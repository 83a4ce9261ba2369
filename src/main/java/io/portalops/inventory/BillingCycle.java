package io.portalops.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How often a cost is billed; monthly figures divide an annual cost by twelve. */
public enum BillingCycle {
    MONTHLY("Monthly", 1),
    ANNUAL("Annual", 12);

    private final String label;
    private final int months;

    BillingCycle(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    public int months() {
        return months;
    }

    public BigDecimal monthly(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_EVEN);
    }
}
