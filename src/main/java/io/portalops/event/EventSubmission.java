package io.portalops.event;

import io.portalops.shared.text.RawText;
import io.portalops.shared.validation.SingleLineText;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One event as a producer sends it. Every field is checked by {@link EventIngestion}; nothing is trusted. Its text is
 * bound as sent ({@link RawText}) so that a bad item of a batch is rejected on its own and the others are stored.
 *
 * <p>{@code personRef} and {@code productRef} name who used which SaaS product: given together or not at all. Events of
 * a usage type ({@code portalops.events.usage-types}: {@code login}, {@code usage.reported}) that carry both are
 * announced as {@link UsageSignalled} once stored. {@code customerRef} is required, except on such a usage event: one
 * without a customer is company usage (a sign-in at the company's identity provider, a usage meter's reading) and is
 * stored without a customer (ADR 055).
 */
@RawText
public record EventSubmission(
        @Size(max = MAX_SOURCE) @SingleLineText @Nullable String source,
        @Size(max = MAX_EVENT_ID) @SingleLineText @Nullable String eventId,
        @Size(max = MAX_TYPE) @SingleLineText @Nullable String type,
        @Size(max = 64) @Nullable String occurredAt,
        @Size(max = MAX_REF) @SingleLineText @Nullable String customerRef,
        @Size(max = MAX_REF) @SingleLineText @Nullable String contractNumber,
        @Nullable JsonNode payload,

        @Size(max = MAX_PERSON_REF) @SingleLineText @Nullable
        String personRef,

        @Size(max = MAX_PRODUCT_REF) @SingleLineText @Nullable
        String productRef) {

    /** An event that names no person and no product: most events are about a customer only. */
    public EventSubmission(
            @Nullable String source,
            @Nullable String eventId,
            @Nullable String type,
            @Nullable String occurredAt,
            @Nullable String customerRef,
            @Nullable String contractNumber,
            @Nullable JsonNode payload) {
        this(source, eventId, type, occurredAt, customerRef, contractNumber, payload, null, null);
    }

    // The columns of events, event_dedup and event_dead_letter; EventIngestion checks each item against these.
    public static final int MAX_SOURCE = 100;
    public static final int MAX_EVENT_ID = 200;
    public static final int MAX_TYPE = 100;
    /** A customer's external reference (customer.external_ref) or a contract number, looked up, never stored. */
    public static final int MAX_REF = 64;
    /**
     * A person of the directory, by email or employee number, as a usage signal names them (events.person_ref). Stored
     * as sent, resolved leniently: an unknown person is kept on the event and records no usage.
     */
    public static final int MAX_PERSON_REF = 254;
    /** A SaaS product, by id or as {@code Service/Product} (events.product_ref); resolved like the person. */
    public static final int MAX_PRODUCT_REF = 200;
}
