package io.portalops.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An active sign-in as its owner or an admin sees it; {@code current} marks the one the caller is using now. */
public record SignInListItem(
        UUID id,
        SignInKind kind,
        Instant startedAt,
        Instant lastUsedAt,
        @Nullable String userAgent,
        @Nullable String clientAddress,
        boolean current) {}
