package io.portalops.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The second-factor policy's defaults (ADR 033). A role named here must use TOTP; an admin may override a role in the
 * Accounts screen (stored in {@code mfa_role_policy}). An unknown role name fails the start-up, so that a typo does not
 * silently leave a role unprotected.
 *
 * @param requiredRoles roles whose accounts must enrol a second factor before they can use anything
 * @param issuer        the name authenticator apps show beside the account
 */
@ConfigurationProperties("portalops.security.mfa")
record MfaProperties(
        @DefaultValue Set<Role> requiredRoles,
        @DefaultValue("PortalOps") String issuer) {

    public MfaProperties {
        // an empty value ("required-roles=") binds as a set holding null: it means no role, like no value at all
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (requiredRoles != null) {
            requiredRoles.stream().filter(Objects::nonNull).forEach(roles::add);
        }
        requiredRoles = roles;
        if (issuer == null || issuer.isBlank() || issuer.contains(":")) {
            throw new IllegalArgumentException("portalops.security.mfa.issuer must be a non-blank name without ':'");
        }
    }
}
