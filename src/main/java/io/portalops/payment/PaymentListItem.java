package io.portalops.payment;

import io.portalops.inventory.BillingCycle;
import io.portalops.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A row of the Payments view. {@code renewalDue}: the cancellation deadline is within {@value PaymentRegister#ATTENTION_DAYS}
 * days (monthly: {@value PaymentRegister#MONTHLY_ATTENTION_DAYS}) or has passed. {@code cardExpiring}: the card's last valid day is within that window or past (only when the
 * caller may see the expiry). {@code cardExpiry} is null for invoice payments and masked for those who may not see it; {@code cardLastValidDay}
 * is null then too.
 * {@code reviewedAt} and {@code reviewedBy} (a display name): the last review of the record's current terms, or null.
 */
public record PaymentListItem(
        long id,
        long productId,
        long serviceId,
        String serviceName,
        String productName,
        BillingCycle cycle,
        Money amount,
        LocalDate nextRenewal,
        boolean autoRenew,
        NoticePeriod notice,
        LocalDate cancellationDeadline,
        PaymentMethod method,
        @Nullable CardBrand cardBrand,
        @Nullable String cardLast4,
        @Nullable String cardExpiry,
        @Nullable LocalDate cardLastValidDay,
        @Nullable String poNumber,
        boolean renewalDue,
        boolean cardExpiring,
        @Nullable Instant reviewedAt,
        @Nullable String reviewedBy) {

    public String productLabel() {
        return serviceName + " · " + productName;
    }
}
