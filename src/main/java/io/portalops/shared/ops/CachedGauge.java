package io.portalops.shared.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A gauge over a database query, read at most once per {@link #MAX_AGE}: a scrape every few seconds (or several
 * scrapers) costs one query per half minute. A failed query (the database is down) reports NaN rather than a stale
 * figure or an exception in the scrape.
 */
public final class CachedGauge {

    public static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final DoubleSupplier query;
    private final Clock clock;
    private volatile long readAt = Long.MIN_VALUE;
    private volatile double value = Double.NaN;

    private CachedGauge(DoubleSupplier query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    public static CachedGauge register(
            MeterRegistry registry,
            String name,
            String description,
            @Nullable String unit,
            Tags tags,
            Clock clock,
            DoubleSupplier query) {
        CachedGauge cached = new CachedGauge(query, clock);
        Gauge.builder(name, cached, CachedGauge::value)
                .description(description)
                .baseUnit(unit)
                .tags(tags)
                .strongReference(true)
                .register(registry);
        return cached;
    }

    public synchronized double value() {
        long now = clock.millis();
        if (readAt == Long.MIN_VALUE || now - readAt >= MAX_AGE.toMillis()) {
            try {
                value = query.getAsDouble();
            } catch (RuntimeException e) {
                value = Double.NaN;
            }
            readAt = now;
        }
        return value;
    }
}
