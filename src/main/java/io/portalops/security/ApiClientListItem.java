package io.portalops.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

public record ApiClientListItem(
        long id,
        String name,
        String keyPrefix,
        Set<String> scopes,
        boolean enabled,
        Instant createdAt,
        @Nullable Instant rotatedAt) {}
