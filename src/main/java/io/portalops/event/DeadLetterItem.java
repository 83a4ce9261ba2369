package io.portalops.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A rejected event; {@code bodyTruncated} when its body was cut at the payload limit (it then cannot be replayed). */
public record DeadLetterItem(
        long id,
        Instant receivedAt,
        @Nullable String source,
        @Nullable String eventId,
        @Nullable String type,
        String reason,
        String body,
        @Nullable Instant replayedAt,
        boolean bodyTruncated) {}
