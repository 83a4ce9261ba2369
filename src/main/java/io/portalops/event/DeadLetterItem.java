package io.portalops.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record DeadLetterItem(long id, Instant receivedAt, @Nullable String source, @Nullable String eventId, @Nullable String type,
        String reason, String body, @Nullable Instant replayedAt) {
}
