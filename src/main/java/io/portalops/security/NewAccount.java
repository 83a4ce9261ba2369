package io.portalops.security;

import io.portalops.shared.validation.SingleLineText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account to create. The initial password must be changed at first login.
 */
public record NewAccount(
        @NotBlank
        @Size(min = 3, max = 64, message = "must be 3 to 64 characters long")
        @SingleLineText
        @Pattern(regexp = "[a-zA-Z0-9._-]+", message = "use letters, digits, dot, dash or underscore")
        String username,

        @NotBlank @Size(max = 200) @SingleLineText String displayName,
        @Nullable @Email @Size(max = 320) @SingleLineText String email,
        @NotEmpty(message = "choose at least one role") Set<Role> roles,
        @NotBlank String initialPassword) {

    public NewAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        email = email == null || email.isBlank() ? null : email.strip();
        username = username == null ? null : username.strip();
    }
}
