package io.portalops.payment;

import io.portalops.inventory.BillingCycle;
import io.portalops.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One billing record as the caller may see it: card holder and expiry masked unless the caller administers the
 * product's service (see {@link CardDetails}). {@code editable}: the caller may change it and its invoices. {@code reviewedAt} and
 * {@code reviewedBy} (a display name): the last review of its current terms, or null.
 */
public record BillingDetails(
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
        @Nullable String poNumber,
        PaymentMethod method,
        @Nullable CardDetails card,
        @Nullable String notes,
        boolean renewalDue,
        boolean cardExpiring,
        boolean editable,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable Instant reviewedAt,
        @Nullable String reviewedBy) {

    public String productLabel() {
        return serviceName + " · " + productName;
    }

    /** The record as a form to edit. Only for an editable record, whose card data is in clear. */
    public BillingForm form() {
        if (!editable) {
            throw new IllegalStateException("Only an editable billing record has a form");
        }
        return new BillingForm(
                productId,
                cycle,
                amount.amount(),
                amount.currency(),
                nextRenewal,
                autoRenew,
                notice.amount(),
                notice.unit(),
                poNumber,
                method,
                card == null ? null : card.holder(),
                card == null ? null : card.brand(),
                card == null ? null : card.last4(),
                card == null ? null : card.expiryMonth(),
                card == null ? null : card.expiryYear(),
                notes,
                version);
    }
}
