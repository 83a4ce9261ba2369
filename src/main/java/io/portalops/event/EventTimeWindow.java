package io.portalops.event;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an event may have occurred: within the retention ({@code portalops.events.retention}, 7 years, the same that
 * drops old partitions) and at most {@code portalops.events.max-future-skew} (1 day) ahead of the server's clock.
 * Anything else is refused at ingestion (docs/security/ingest-limits.md); the event log uses the upper end for open ranges.
 */
@Component
class EventTimeWindow {

    private final Period retention;
    private final Duration maxFutureSkew;

    EventTimeWindow(@Value("${portalops.events.retention:P7Y}") Period retention,
            @Value("${portalops.events.max-future-skew:1d}") Duration maxFutureSkew) {
        if (retention.isNegative() || retention.isZero() || maxFutureSkew.isNegative()) {
            throw new IllegalStateException("portalops.events.retention must be positive and portalops.events.max-future-skew not negative");
        }
        this.retention = retention;
        this.maxFutureSkew = maxFutureSkew;
    }

    Instant oldest(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
    }

    Instant newest(Instant now) {
        return now.plus(maxFutureSkew);
    }

    /** Why {@code occurredAt} is refused as of {@code now}, or null when it lies inside the window. */
    @Nullable String violation(Instant occurredAt, Instant now) {
        if (occurredAt.isBefore(oldest(now))) {
            return "occurredAt: " + occurredAt + " is older than the retention of " + retention + " (the oldest accepted is "
                    + oldest(now) + ").";
        }
        if (occurredAt.isAfter(newest(now))) {
            return "occurredAt: " + occurredAt + " is more than " + describe(maxFutureSkew) + " in the future (the latest accepted is "
                    + newest(now) + ").";
        }
        return null;
    }

    private static String describe(Duration duration) {
        return duration.equals(Duration.ofDays(1)) ? "a day" : duration.toString();
    }
}
