package io.portalops.event;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the event log shows; every field is optional and they combine with AND. {@code from} is inclusive,
 * {@code to} exclusive. Without a customer, a contract or {@code from}, the log starts 30 days back. {@code severity}
 * keeps the events that are that serious: their payload's own "severity", else their type's. A contract is named by
 * its id or by its number (e.g. CT-2025-000123, any case), as a person or a producer knows it.
 */
public record EventFilter(
        @Nullable Long customerId,
        @Nullable Long contractId,
        @Nullable String type,
        @Nullable String source,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable EventSeverity severity,
        @Nullable String contractNumber) {

    public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null);

    public EventFilter(
            @Nullable Long customerId,
            @Nullable Long contractId,
            @Nullable String type,
            @Nullable String source,
            @Nullable Instant from,
            @Nullable Instant to) {
        this(customerId, contractId, type, source, from, to, null, null);
    }

    public EventFilter(
            @Nullable Long customerId,
            @Nullable Long contractId,
            @Nullable String type,
            @Nullable String source,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable EventSeverity severity) {
        this(customerId, contractId, type, source, from, to, severity, null);
    }

    /** Whether a customer or a contract narrows the log, so that it may read the whole history. */
    public boolean namesCustomerOrContract() {
        return customerId != null || contractId != null || contractNumber != null;
    }

    public EventFilter {
        type = blankToNull(type);
        source = blankToNull(source);
        contractNumber = contractNumber == null || contractNumber.isBlank()
                ? null
                : contractNumber.strip().toUpperCase(Locale.ROOT);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
