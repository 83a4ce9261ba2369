package io.portalops.event;

import io.portalops.shared.text.RawText;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One event as a producer sends it. Every field is checked by {@link EventIngestion}; nothing is trusted. Its text is
 * bound as sent ({@link RawText}) so that a bad item of a batch is rejected on its own and the others are stored.
 */
@RawText
public record EventSubmission(@Nullable String source, @Nullable String eventId, @Nullable String type,
        @Nullable String occurredAt, @Nullable String customerRef, @Nullable String contractNumber, @Nullable JsonNode payload) {
}
