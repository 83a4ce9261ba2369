package io.portalops.security;

import java.util.Arrays;
import java.util.Set;

/**
 * The authenticated account behind the current request or UI session.
 */
public record CurrentUser(long accountId, String username, Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }
}
