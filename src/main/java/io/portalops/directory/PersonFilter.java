package io.portalops.directory;

import org.jspecify.annotations.Nullable;

/**
 * What the Directory grid and {@code GET /api/people} filter by; null means "any". {@code productId} keeps the people
 * holding active access to that product, and must be a product the caller sees.
 */
public record PersonFilter(
        @Nullable String nameContains,
        @Nullable String department,
        @Nullable EmploymentStatus status,
        @Nullable Long productId) {

    /** Shorter name input matches the start of names: trigram search needs three characters. */
    public static final int MIN_CONTAINS_LENGTH = 3;

    public PersonFilter {
        nameContains = PersonForm.blankToNull(nameContains);
        department = PersonForm.blankToNull(department);
    }

    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null);
    }
}
