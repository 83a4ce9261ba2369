package io.portalops.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portalops.security.password-login.*}: with SSO in place the password form can be switched off, except for one
 * named break-glass account, so that an admin can still get in when the identity provider is down (docs/security/sso.md).
 * It applies to the login form and to {@code POST /api/auth/token} alike.
 *
 * @param enabled           whether accounts may sign in with a password (the login form and {@code POST /api/auth/token})
 * @param breakGlassAccount the one account that may still sign in with a password when {@code enabled} is false
 */
@Validated
@ConfigurationProperties("portalops.security.password-login")
public record PasswordLoginProperties(
        @DefaultValue("true") boolean enabled, @Nullable String breakGlassAccount) {

    public PasswordLoginProperties {
        breakGlassAccount = breakGlassAccount == null || breakGlassAccount.isBlank() ? null : breakGlassAccount.strip();
    }

    /** Whether a password is checked at all for this typed name. */
    boolean allows(String typedName) {
        return enabled || (breakGlassAccount != null && breakGlassAccount.equalsIgnoreCase(typedName.strip()));
    }

    /** Whether the login page shows the password form (folded away when only the break-glass account may use it). */
    public boolean formShown() {
        return enabled || breakGlassAccount != null;
    }
}
