package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Ingestion cannot damage the database (issue #17, part 8): an event must have occurred within the retention and not
 * beyond the allowed skew ahead, it may create no partition except the current month's and its neighbours', and a
 * rejected body is kept only up to the payload limit.
 */
@SpringBootTest
class EventIngestLimitsTest {

    @Autowired
    EventIngestion ingestion;

    @Autowired
    EventPartitions partitions;

    @Autowired
    DeadLetters deadLetters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    io.portalops.TestUsers users;

    @Value("${portalops.events.max-payload-bytes:65536}")
    int maxPayloadBytes;

    String customerRef;

    @BeforeEach
    void producer() {
        EventIngestionTest.asProducer();
        customerRef = jdbc.queryForObject("select min(external_ref) from customer", String.class);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    EventSubmission login(String eventId, String occurredAt) {
        return new EventSubmission(
                "limits",
                eventId,
                "login",
                occurredAt,
                customerRef,
                null,
                EventIngestionTest.json("{\"channel\": \"web\"}"));
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    int partitionCount() {
        return partitions.existing().size();
    }

    int stored(String eventId) {
        return jdbc.queryForObject(
                "select count(*) from events where source = 'limits' and event_id = ?", Integer.class, eventId);
    }

    @Test
    void an_event_from_year_one_is_rejected_with_the_retention_and_creates_no_partition() {
        int before = partitionCount();
        String eventId = id();
        IngestOutcome outcome = ingestion.ingest(login(eventId, "0001-01-01T00:00:00Z"));
        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(outcome.reasons())
                .singleElement()
                .asString()
                .startsWith("occurredAt: 0001-01-01T00:00:00Z is older than the retention of P7Y");
        assertThat(partitionCount()).isEqualTo(before);
        assertThat(partitions.existing()).doesNotContain("events_0001_01");
        assertThat(stored(eventId)).isZero();
    }

    @Test
    void far_future_events_and_those_beyond_the_skew_are_rejected_while_those_within_it_are_stored() {
        int before = partitionCount();
        Instant now = Instant.now();
        List<String> rejected = List.of(
                "9999-12-31T23:59:59Z",
                "+999999999-12-31T23:59:59Z",
                now.plus(Duration.ofHours(25)).toString());
        for (String occurredAt : rejected) {
            IngestOutcome outcome = ingestion.ingest(login(id(), occurredAt));
            assertThat(outcome.status()).as(occurredAt).isEqualTo(IngestOutcome.Status.REJECTED);
            assertThat(outcome.reasons())
                    .as(occurredAt)
                    .singleElement()
                    .asString()
                    .contains("is more than a day in the future");
        }
        assertThat(partitionCount()).isEqualTo(before);
        String soon = id();
        assertThat(ingestion
                        .ingest(login(soon, now.plus(Duration.ofHours(23)).toString()))
                        .status())
                .isEqualTo(IngestOutcome.Status.ACCEPTED);
        assertThat(stored(soon)).isEqualTo(1);
    }

    @Test
    void an_event_just_past_the_retention_is_rejected_and_one_inside_it_in_a_month_without_partition_is_rejected_too() {
        int before = partitionCount();
        Instant now = Instant.now();
        Instant pastRetention =
                now.atOffset(ZoneOffset.UTC).minusYears(7).minusDays(1).toInstant();
        assertThat(ingestion.ingest(login(id(), pastRetention.toString())).reasons())
                .singleElement()
                .asString()
                .contains("older than the retention");

        Instant fiveYearsAgo = now.atOffset(ZoneOffset.UTC).minusYears(5).toInstant();
        YearMonth month = YearMonth.from(fiveYearsAgo.atZone(ZoneOffset.UTC));
        assertThat(partitions.existing()).doesNotContain(EventPartitions.name(month));
        IngestOutcome outcome = ingestion.ingest(login(id(), fiveYearsAgo.toString()));
        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(outcome.reasons())
                .singleElement()
                .asString()
                .contains("keeps no month " + month)
                .contains("months-back");
        assertThat(partitionCount()).isEqualTo(before);
    }

    @Test
    void a_batch_rejects_each_item_outside_the_window_with_its_own_reason_and_stores_the_rest() {
        String valid = id();
        List<IngestOutcome> outcomes = ingestion.ingestBatch(List.of(
                login(valid, Instant.now().minus(1, ChronoUnit.HOURS).toString()),
                login(id(), "0001-01-01T00:00:00Z"),
                login(id(), "9999-01-01T00:00:00Z")));
        assertThat(outcomes)
                .extracting(IngestOutcome::status)
                .containsExactly(
                        IngestOutcome.Status.ACCEPTED, IngestOutcome.Status.REJECTED, IngestOutcome.Status.REJECTED);
        assertThat(outcomes.get(1).reasons()).singleElement().asString().contains("retention");
        assertThat(outcomes.get(2).reasons()).singleElement().asString().contains("in the future");
        assertThat(stored(valid)).isEqualTo(1);
    }

    @Test
    void ingestion_may_create_the_current_month_and_its_neighbours_and_no_other() {
        Clock june2030 = Clock.fixed(Instant.parse("2030-06-15T00:00:00Z"), ZoneOffset.UTC);
        assertThat(partitions.refusal(YearMonth.of(2030, 5), june2030)).isNull();
        assertThat(partitions.refusal(YearMonth.of(2030, 7), june2030)).isNull();
        assertThat(partitions.refusal(YearMonth.of(2030, 8), june2030)).contains("keeps no month 2030-08");
        assertThat(partitions.refusal(YearMonth.of(2030, 4), june2030)).contains("keeps no month 2030-04");
        try {
            partitions.ensureNear(YearMonth.of(2030, 7), june2030);
            assertThat(partitions.existing()).contains("events_2030_07");
            assertThatThrownBy(() -> partitions.ensureNear(YearMonth.of(2030, 9), june2030))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(partitions.existing()).doesNotContain("events_2030_09");
        } finally {
            jdbc.queryForObject("select event_partition_drop(date '2030-07-01')", Boolean.class);
        }
    }

    @Test
    void a_dead_letter_keeps_at_most_the_payload_limit_of_the_body_is_marked_truncated_and_cannot_be_replayed() {
        String eventId = id();
        // multi-byte characters, so the cut must fall between characters, not inside one
        String huge = "{\"channel\": \"" + "é".repeat(maxPayloadBytes) + "\"}";
        IngestOutcome outcome = ingestion.ingest(new EventSubmission(
                "limits", eventId, "login", "0001-01-01T00:00:00Z", customerRef, null, EventIngestionTest.json(huge)));
        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        var letter = jdbc.queryForMap(
                "select id, body, body_truncated, octet_length(body) as bytes from event_dead_letter where event_id = ?",
                eventId);
        assertThat((Integer) letter.get("bytes"))
                .isLessThanOrEqualTo(maxPayloadBytes)
                .isGreaterThan(maxPayloadBytes - 4);
        assertThat((Boolean) letter.get("body_truncated")).isTrue();
        assertThat((String) letter.get("body"))
                .startsWith("{\"source\":\"limits\"")
                .doesNotContain("\uFFFD");
        long letterId = (Long) letter.get("id");
        assertThatThrownBy(() -> users.as("admin", () -> deadLetters.replay(letterId)))
                .isInstanceOf(io.portalops.shared.InvalidInputException.class)
                .hasMessageContaining("cannot be replayed");
        assertThat(users.as("admin", () -> deadLetters.list(false, 0, DeadLetters.MAX_PAGE))
                        .items())
                .filteredOn(item -> item.id() == letterId)
                .singleElement()
                .satisfies(item -> assertThat(item.bodyTruncated()).isTrue());
        EventIngestionTest.asProducer();

        String small = id();
        ingestion.ingest(login(small, "0001-01-01T00:00:00Z"));
        assertThat(jdbc.queryForObject(
                        "select body_truncated from event_dead_letter where event_id = ?", Boolean.class, small))
                .isFalse();
    }

    @Test
    void a_body_is_cut_to_whole_characters_within_the_byte_limit() {
        assertThat(DeadLetterFiling.cutToBytes("aé€", 2)).isEqualTo("a");
        assertThat(DeadLetterFiling.cutToBytes("aé€", 3)).isEqualTo("aé");
        assertThat(DeadLetterFiling.cutToBytes("aé€", 6)).isEqualTo("aé€");
        assertThat("aé€".getBytes(StandardCharsets.UTF_8)).hasSize(6);
    }
}
