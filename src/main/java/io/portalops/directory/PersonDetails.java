package io.portalops.directory;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One person as the person page and {@code GET /api/people/{id}} show them.
 *
 * @param accountUsername the login account linked to the person; null for the many who cannot log in
 * @param editable whether the caller may change the person (ADMIN)
 */
public record PersonDetails(
        long id,
        String employeeNumber,
        String name,
        String email,
        @Nullable String department,
        @Nullable String title,
        @Nullable Long managerId,
        @Nullable String managerName,
        @Nullable String location,
        EmploymentStatus status,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable Long accountId,
        @Nullable String accountUsername,
        Instant createdAt,
        Instant updatedAt,
        long version,
        boolean editable) {

    /** The form to edit this person, at the version read. */
    public PersonForm form() {
        return new PersonForm(
                employeeNumber,
                name,
                email,
                department,
                title,
                managerId,
                location,
                status,
                startDate,
                endDate,
                accountId,
                version);
    }
}
