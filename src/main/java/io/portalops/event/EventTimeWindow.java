package io.portalops.event;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
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

    EventTimeWindow(EventProperties properties) {
        this.retention = properties.retention();
        this.maxFutureSkew = properties.maxFutureSkew();
    }

    Instant oldest(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
    }

    Instant newest(Instant now) {
        return now.plus(maxFutureSkew);
    }

    /** Why {@code occurredAt} is refused as of {@code now}, or null when it lies inside the window. */
    @Nullable
    String violation(Instant occurredAt, Instant now) {
        if (occurredAt.isBefore(oldest(now))) {
            return "occurredAt: " + occurredAt + " is older than the retention of " + retention
                    + " (the oldest accepted is " + oldest(now) + ").";
        }
        if (occurredAt.isAfter(newest(now))) {
            return "occurredAt: " + occurredAt + " is more than " + describe(maxFutureSkew)
                    + " in the future (the latest accepted is " + newest(now) + ").";
        }
        return null;
    }

    private static String describe(Duration duration) {
        return duration.equals(Duration.ofDays(1)) ? "a day" : duration.toString();
    }
}
