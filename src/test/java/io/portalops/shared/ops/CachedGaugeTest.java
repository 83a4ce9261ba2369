package io.portalops.shared.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A scrape every second costs one query per 30 s, and a failing query reads as NaN, not as the last figure. */
class CachedGaugeTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void the_query_runs_at_most_once_per_thirty_seconds_and_a_failure_reads_as_nan() {
        var registry = new SimpleMeterRegistry();
        var clock = new MovableClock();
        var queries = new AtomicInteger();
        var failing = new java.util.concurrent.atomic.AtomicBoolean();
        CachedGauge.register(registry, "test.backlog", "test", null, Tags.empty(), clock, () -> {
            if (failing.get()) {
                throw new IllegalStateException("database down");
            }
            return queries.incrementAndGet();
        });
        var gauge = registry.get("test.backlog").gauge();

        for (int second = 0; second < 30; second++) {
            assertThat(gauge.value()).isEqualTo(1.0);
            clock.now = clock.now.plusSeconds(1);
        }
        assertThat(gauge.value()).as("30 s later, read again").isEqualTo(2.0);
        assertThat(queries).hasValue(2);

        failing.set(true);
        clock.now = clock.now.plus(Duration.ofSeconds(30));
        assertThat(gauge.value()).isNaN();
    }
}
