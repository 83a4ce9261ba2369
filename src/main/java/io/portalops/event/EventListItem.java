package io.portalops.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One stored event as the log shows it; {@code payload} is the JSON pretty-printed. */
public record EventListItem(
        long id,
        Instant occurredAt,
        Instant receivedAt,
        String source,
        String eventId,
        String type,
        long customerId,
        String customerName,
        @Nullable Long contractId,
        @Nullable String contractNumber,
        String payload) {

    public EventCursor cursor() {
        return new EventCursor(occurredAt, id);
    }
}
