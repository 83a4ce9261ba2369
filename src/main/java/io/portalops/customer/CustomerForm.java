package io.portalops.customer;

import io.portalops.shared.validation.MultiLineText;
import io.portalops.shared.validation.SingleLineText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Input to create or update a customer.
 * <p>
 * National ID and email are write-only: callers only ever see masked values, so on update {@code null} keeps the
 * stored value and an empty string clears it. {@code ownerId} may be left out by an account manager (they own what
 * they create); {@code version} is required on update and detects concurrent edits.
 */
public record CustomerForm(
        @NotBlank(message = "is required")
        @Size(max = 64)
        @SingleLineText
        @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "use letters, digits, dot, dash, colon or underscore")
        String externalRef,

        @NotBlank(message = "is required") @Size(max = 200) @SingleLineText
        String name,

        @NotNull(message = "is required") CustomerKind kind,

        @Nullable
        @Size(max = 32)
        @SingleLineText
        @Pattern(
                regexp = "|[A-Za-z0-9 .\\-/]{4,32}",
                message = "use 4 to 32 letters, digits, spaces, dots, dashes or slashes")
        String nationalId,

        @Nullable @Email(message = "is not a valid email address") @Size(max = 320) @SingleLineText
        String email,

        @Nullable
        @Size(max = 32)
        @SingleLineText
        @Pattern(regexp = "|\\+?[0-9 ()\\-]{6,24}", message = "use digits, spaces, brackets and an optional leading +")
        String phone,

        @Nullable @Size(max = 500) @MultiLineText String address,

        @NotBlank(message = "is required") @Size(max = 2) @IsoCountryCode
        String country,

        @NotNull(message = "is required") CustomerSegment segment,
        @NotNull(message = "is required") CustomerStatus status,
        @Nullable Long ownerId,
        @Nullable Long version) {

    public CustomerForm {
        externalRef = externalRef == null ? null : externalRef.strip();
        name = name == null ? null : name.strip();
        country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        address = address == null || address.isBlank() ? null : address.strip();
        email = email == null ? null : email.strip();
        nationalId = nationalId == null ? null : nationalId.strip();
    }
}
