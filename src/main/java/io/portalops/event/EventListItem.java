package io.portalops.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored event as the log shows it; {@code payload} is the JSON pretty-printed. {@code customerId} and
 * {@code customerName} are null on a company usage event (ADR 055), which names {@code personRef} and
 * {@code productRef} instead; any usage event may name them.
 */
public record EventListItem(
        long id,
        Instant occurredAt,
        Instant receivedAt,
        String source,
        String eventId,
        String type,
        @Nullable Long customerId,
        @Nullable String customerName,
        @Nullable Long contractId,
        @Nullable String contractNumber,
        String payload,
        @Nullable String personRef,
        @Nullable String productRef) {

    /** What a screen or an export shows for the customer: the name, or that the event is the company's own usage. */
    public String customerLabel() {
        return customerName != null ? customerName : COMPANY_USAGE;
    }

    /** The label of an event without a customer: a person's use of a SaaS product, reported about the company itself. */
    public static final String COMPANY_USAGE = "— company usage";

    public EventCursor cursor() {
        return new EventCursor(occurredAt, id);
    }
}
