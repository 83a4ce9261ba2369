package io.portalops.customer;

import org.jspecify.annotations.Nullable;

/**
 * What the Customers grid and {@code GET /api/customers} filter by. Blank values mean "any". The name matches
 * anywhere from three characters on, and at the start of the name below that.
 * External reference, email and national ID match exactly (the last two through their blind index).
 */
public record CustomerFilter(
        @Nullable String nameContains,
        @Nullable CustomerStatus status,
        @Nullable CustomerSegment segment,
        @Nullable String country,
        @Nullable Long ownerId,
        @Nullable String externalRef,
        @Nullable String email,
        @Nullable String nationalId) {

    /** Shorter name input matches the start of names: trigram search needs three characters. */
    public static final int MIN_CONTAINS_LENGTH = 3;

    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null, null, null, null);
    }

    public CustomerFilter {
        nameContains = trimToNull(nameContains);
        country = trimToNull(country);
        externalRef = trimToNull(externalRef);
        email = trimToNull(email);
        nationalId = trimToNull(nationalId);
    }

    private static @Nullable String trimToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
