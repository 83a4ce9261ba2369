package io.portalops.event;

import io.portalops.shared.text.RawText;
import io.portalops.shared.validation.SingleLineText;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One event as a producer sends it. Every field is checked by {@link EventIngestion}; nothing is trusted. Its text is
 * bound as sent ({@link RawText}) so that a bad item of a batch is rejected on its own and the others are stored.
 */
@RawText
public record EventSubmission(
        @Size(max = MAX_SOURCE) @SingleLineText @Nullable String source,
        @Size(max = MAX_EVENT_ID) @SingleLineText @Nullable String eventId,
        @Size(max = MAX_TYPE) @SingleLineText @Nullable String type,
        @Size(max = 64) @Nullable String occurredAt,
        @Size(max = MAX_REF) @SingleLineText @Nullable String customerRef,
        @Size(max = MAX_REF) @SingleLineText @Nullable String contractNumber,
        @Nullable JsonNode payload) {

    // The columns of events, event_dedup and event_dead_letter; EventIngestion checks each item against these.
    public static final int MAX_SOURCE = 100;
    public static final int MAX_EVENT_ID = 200;
    public static final int MAX_TYPE = 100;
    /** A customer's external reference (customer.external_ref) or a contract number, looked up, never stored. */
    public static final int MAX_REF = 64;
}
