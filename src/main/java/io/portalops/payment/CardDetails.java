package io.portalops.payment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A card as the caller may see it. Brand and last 4 digits are shown to every reader; the holder and the expiry only
 * to ADMIN and the admins of the product's service. For everyone else {@code masked} is true, {@code holder} and
 * {@code expiry} are masked and the expiry's month, year and last valid day are null.
 */
public record CardDetails(
        CardBrand brand,
        String last4,
        @Nullable String holder,
        String expiry,
        @Nullable Integer expiryMonth,
        @Nullable Integer expiryYear,
        @Nullable LocalDate lastValidDay,
        boolean masked) {}
