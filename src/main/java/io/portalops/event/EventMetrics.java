package io.portalops.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.portalops.shared.ops.CachedGauge;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ingestion's meters (docs/ops/observability.md): {@code portalops_events_total} by outcome and type, the batch
 * observation {@code portalops.event.batch} (a span, and the timer {@code portalops_event_batch_seconds}), and
 * {@code portalops_event_dead_letters_waiting}. The type tag is a registered type's name, or {@code unknown}: a
 * producer cannot add a time series by sending a made-up type.
 */
@Component
class EventMetrics {

    private final MeterRegistry meters;
    private final ObservationRegistry observations;

    EventMetrics(MeterRegistry meters, ObservationRegistry observations, JdbcTemplate jdbc) {
        this.meters = meters;
        this.observations = observations;
        // the partial index on unreplayed dead letters keeps this cheap; read at most every 30 s
        CachedGauge.register(
                meters,
                "portalops.event.dead.letters.waiting",
                "Dead letters not yet replayed",
                null,
                Tags.empty(),
                Clock.systemUTC(),
                () -> count(jdbc, "select count(*) from event_dead_letter where replayed_at is null"));
    }

    <T> T batch(int size, Supplier<T> work) {
        return Observation.createNotStarted("portalops.event.batch", observations)
                .contextualName("event batch")
                .lowCardinalityKeyValue("size", size <= 1 ? "1" : size <= 100 ? "2-100" : "101+")
                .observe(work);
    }

    void record(List<EventSubmission> events, List<IngestOutcome> outcomes, EventTypes.PayloadChecks known) {
        for (int i = 0; i < outcomes.size(); i++) {
            EventSubmission event = events.get(i);
            String type = event != null && event.type() != null && known.knows(event.type()) ? event.type() : "unknown";
            Counter.builder("portalops.events")
                    .description("Events received, by outcome and type")
                    .tag("outcome", outcomes.get(i).status().name().toLowerCase(Locale.ROOT))
                    .tag("type", type)
                    .register(meters)
                    .increment();
        }
    }

    /** Streamed records rejected before their checks (not an event, another source): counted as of no type. */
    void rejectedUnread(int count) {
        if (count > 0) {
            Counter.builder("portalops.events")
                    .description("Events received, by outcome and type")
                    .tag("outcome", "rejected")
                    .tag("type", "unknown")
                    .register(meters)
                    .increment(count);
        }
    }

    private static double count(JdbcTemplate jdbc, String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
