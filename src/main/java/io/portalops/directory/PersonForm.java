package io.portalops.directory;

import io.portalops.shared.validation.SingleLineText;
import io.portalops.shared.validation.StorableDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person to create or edit, from the form, the API or one CSV row. Field rules are Bean Validation here; the rules
 * across fields (dates, status) live in {@link PersonRules} so that the form, the API and the import share them.
 *
 * @param version the version read, required when editing
 */
public record PersonForm(
        @NotBlank
        @Size(max = 32)
        @SingleLineText
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "use letters, digits, dot, dash or underscore")
        String employeeNumber,

        @NotBlank @Size(max = 200) @SingleLineText String name,
        @NotBlank @Email @Size(max = 254) @SingleLineText String email,
        @Nullable @Size(max = 100) @SingleLineText String department,
        @Nullable @Size(max = 120) @SingleLineText String title,
        @Nullable Long managerId,
        @Nullable @Size(max = 120) @SingleLineText String location,
        @NotNull EmploymentStatus status,
        @StorableDate @Nullable LocalDate startDate,
        @StorableDate @Nullable LocalDate endDate,
        @Nullable Long accountId,
        @Nullable Long version) {

    public PersonForm {
        employeeNumber = employeeNumber == null ? null : employeeNumber.strip();
        name = name == null ? null : name.strip();
        email = email == null ? null : email.strip();
        department = blankToNull(department);
        title = blankToNull(title);
        location = blankToNull(location);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
