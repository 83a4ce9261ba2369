package io.portalops.payment;

import io.portalops.inventory.BillingCycle;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the Payments view and {@code GET /api/payments}; null means "any". {@code renewalWithinDays} keeps
 * renewals due within that many days (or overdue); {@code cardExpiringWithinDays} keeps cards whose last valid day is
 * within that many days (or past), among the cards whose expiry the caller may see. {@code deadlineWithinDays} keeps
 * records whose cancellation deadline falls within that many days (or has passed).
 */
public record PaymentFilter(
        @Nullable Long serviceId,
        @Nullable Long productId,
        @Nullable Integer renewalWithinDays,
        @Nullable Integer cardExpiringWithinDays,
        @Nullable BillingCycle cycle,
        @Nullable Integer deadlineWithinDays) {

    public PaymentFilter(
            @Nullable Long serviceId,
            @Nullable Long productId,
            @Nullable Integer renewalWithinDays,
            @Nullable Integer cardExpiringWithinDays,
            @Nullable BillingCycle cycle) {
        this(serviceId, productId, renewalWithinDays, cardExpiringWithinDays, cycle, null);
    }

    public static final int MAX_DAYS = 3650;

    public static PaymentFilter none() {
        return new PaymentFilter(null, null, null, null, null, null);
    }
}
