package io.portalops.security;

import io.portalops.shared.validation.SingleLineText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin may set on an existing account in one go. A change of roles or a disable ends its sign-ins. */
public record AccountUpdate(
        @NotBlank @Size(max = 200) @SingleLineText String displayName,
        @Nullable @Email @Size(max = 320) @SingleLineText String email,
        @NotEmpty(message = "choose at least one role") Set<Role> roles,
        @NotNull Boolean enabled) {

    public AccountUpdate {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        email = email == null || email.isBlank() ? null : email.strip();
        displayName = displayName == null ? null : displayName.strip();
    }
}
