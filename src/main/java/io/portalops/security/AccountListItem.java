package io.portalops.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

public record AccountListItem(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        @Nullable Instant lastLoginAt) {}
