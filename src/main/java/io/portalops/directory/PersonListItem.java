package io.portalops.directory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A person as a grid row or an API list entry. */
public record PersonListItem(
        long id,
        String employeeNumber,
        String name,
        String email,
        @Nullable String department,
        @Nullable String title,
        @Nullable String location,
        EmploymentStatus status,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        boolean hasLogin) {}
