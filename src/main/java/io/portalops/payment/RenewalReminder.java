package io.portalops.payment;

import java.time.LocalDate;

/** A renewal whose cancellation deadline a reminder job (#6) reports. */
public record RenewalReminder(
        long billingRecordId,
        long productId,
        long serviceId,
        String productLabel,
        LocalDate nextRenewal,
        LocalDate cancellationDeadline,
        boolean autoRenew) {}
