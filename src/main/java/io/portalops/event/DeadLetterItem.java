package io.portalops.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A rejected event; {@code bodyTruncated} when its body was cut at the payload limit (it then cannot be replayed);
 * {@code origin} where a stream delivered it (e.g. {@code kafka:events-0@42}), null for the HTTP API.
 */
public record DeadLetterItem(
        long id,
        Instant receivedAt,
        @Nullable String source,
        @Nullable String eventId,
        @Nullable String type,
        String reason,
        String body,
        @Nullable Instant replayedAt,
        boolean bodyTruncated,
        @Nullable String origin) {}
