package io.portalops.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One event as a producer sends it. Every field is checked by {@link EventIngestion}; nothing is trusted. */
public record EventSubmission(@Nullable String source, @Nullable String eventId, @Nullable String type,
        @Nullable String occurredAt, @Nullable String customerRef, @Nullable String contractNumber, @Nullable JsonNode payload) {
}
