package io.portalops.payment;

import java.time.LocalDate;

/**
 * A card whose expiry a reminder job (#6) reports. It carries the expiry in clear: send it only to ADMIN and the admins
 * of the product's service ({@code SaasScope.seesCardExpiry}), never to its product admins.
 */
public record CardExpiryReminder(
        long billingRecordId,
        long productId,
        long serviceId,
        String productLabel,
        CardBrand brand,
        String last4,
        CardExpiry expiry) {

    public LocalDate lastValidDay() {
        return expiry.lastValidDay();
    }
}
