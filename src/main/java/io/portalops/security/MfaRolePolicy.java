package io.portalops.security;

import org.jspecify.annotations.Nullable;

/**
 * One role's second-factor rule: what the configuration says, the admin's override if any, and the result.
 *
 * @param configured what {@code portalops.security.mfa.required-roles} says for the role
 * @param override   the Accounts screen's choice, or null when the role follows the configuration
 */
public record MfaRolePolicy(
        Role role, boolean configured, @Nullable Boolean override) {

    public boolean required() {
        return override != null ? override : configured;
    }
}
