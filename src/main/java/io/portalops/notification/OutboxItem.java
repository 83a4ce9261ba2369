package io.portalops.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An outbox message as the admin screen lists it. */
public record OutboxItem(
        long id,
        String toAddress,
        String subject,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt) {}
