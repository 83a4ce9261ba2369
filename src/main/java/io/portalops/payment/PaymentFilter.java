package io.portalops.payment;

import io.portalops.inventory.BillingCycle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the Payments view and {@code GET /api/payments}; null means "any". {@code renewalWithinDays} keeps
 * renewals due within that many days (or overdue); {@code cardExpiringWithinDays} keeps cards whose last valid day is
 * within that many days (or past), among the cards whose expiry the caller may see. {@code deadlineWithinDays} keeps
 * records whose cancellation deadline falls within that many days (or has passed). {@code reviewed}: true keeps the
 * records whose current terms someone marked reviewed, false the others.
 */
public record PaymentFilter(
        @Nullable Long serviceId,
        @Nullable Long productId,
        @Nullable Integer renewalWithinDays,
        @Nullable Integer cardExpiringWithinDays,
        @Nullable BillingCycle cycle,
        @Nullable Integer deadlineWithinDays,
        @Nullable Boolean reviewed) {

    public PaymentFilter(
            @Nullable Long serviceId,
            @Nullable Long productId,
            @Nullable Integer renewalWithinDays,
            @Nullable Integer cardExpiringWithinDays,
            @Nullable BillingCycle cycle,
            @Nullable Integer deadlineWithinDays) {
        this(serviceId, productId, renewalWithinDays, cardExpiringWithinDays, cycle, deadlineWithinDays, null);
    }

    public PaymentFilter(
            @Nullable Long serviceId,
            @Nullable Long productId,
            @Nullable Integer renewalWithinDays,
            @Nullable Integer cardExpiringWithinDays,
            @Nullable BillingCycle cycle) {
        this(serviceId, productId, renewalWithinDays, cardExpiringWithinDays, cycle, null, null);
    }

    public static final int MAX_DAYS = 3650;

    public static PaymentFilter none() {
        return new PaymentFilter(null, null, null, null, null, null, null);
    }

    /** The filter as the parameters of {@code GET /api/payments} and of a bulk run, without the unset ones. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "serviceId", serviceId);
        put(parameters, "productId", productId);
        put(parameters, "renewalWithinDays", renewalWithinDays);
        put(parameters, "cardExpiringWithinDays", cardExpiringWithinDays);
        put(parameters, "cycle", cycle == null ? null : cycle.name());
        put(parameters, "deadlineWithinDays", deadlineWithinDays);
        put(parameters, "reviewed", reviewed);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, @Nullable Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }
}
