package io.portalops.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the event log shows; every field is optional and they combine with AND. {@code from} is inclusive,
 * {@code to} exclusive. Without a customer, a contract or {@code from}, the log starts 30 days back. {@code severity}
 * keeps the events that are that serious: their payload's own "severity", else their type's.
 */
public record EventFilter(@Nullable Long customerId, @Nullable Long contractId, @Nullable String type,
        @Nullable String source, @Nullable Instant from, @Nullable Instant to, @Nullable EventSeverity severity) {

    public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null);

    public EventFilter(@Nullable Long customerId, @Nullable Long contractId, @Nullable String type, @Nullable String source,
            @Nullable Instant from, @Nullable Instant to) {
        this(customerId, contractId, type, source, from, to, null);
    }

    public EventFilter {
        type = blankToNull(type);
        source = blankToNull(source);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
