package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

@SpringBootTest
class EventIngestionTest {

    @Autowired
    EventIngestion ingestion;

    @Autowired
    EventPartitions partitions;

    @Autowired
    JdbcTemplate jdbc;

    String customerRef;

    @BeforeEach
    void producer() {
        asProducer();
        customerRef = jdbc.queryForObject("select min(external_ref) from customer", String.class);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static void asProducer() {
        var context = SecurityContextHolder.createEmptyContext();
        var token = new TestingAuthenticationToken("test-producer", null, "SCOPE_events:write");
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
    }

    static JsonNode json(String text) {
        return EventTypes.JSON.readTree(text);
    }

    EventSubmission event(String eventId, String type, String occurredAt, String payload) {
        return new EventSubmission("billing", eventId, type, occurredAt, customerRef, null, json(payload));
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    int stored(String eventId) {
        return jdbc.queryForObject(
                "select count(*) from events where source = 'billing' and event_id = ?", Integer.class, eventId);
    }

    @Test
    void a_valid_event_is_stored_with_its_customer_and_jsonb_payload() {
        String eventId = id();
        IngestOutcome outcome = ingestion.ingest(event(
                eventId,
                "payment.missed",
                "2026-11-20T10:15:30+01:00",
                "{\"amount\": 120.5, \"currency\": \"EUR\", \"invoiceNumber\": \"INV-1\"}"));
        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.ACCEPTED);
        assertThat(jdbc.queryForObject(
                        "select payload->>'invoiceNumber' from events where id = ?", String.class, outcome.id()))
                .isEqualTo("INV-1");
        assertThat(jdbc.queryForObject("select occurred_at from events where id = ?", Instant.class, outcome.id()))
                .isEqualTo(Instant.parse("2026-11-20T09:15:30Z"));
    }

    @Test
    void each_invalid_kind_is_rejected_with_a_precise_reason_and_dead_lettered() {
        int deadBefore = jdbc.queryForObject("select count(*) from event_dead_letter", Integer.class);
        String ok = "{\"amount\": 1, \"currency\": \"EUR\"}";
        List<String[]> cases = List.of(
                new String[] {"no.such.type", "2026-11-20T10:00:00Z", ok, "Unknown event type"},
                new String[] {"payment.missed", "2026-11-20 10:00", ok, "occurredAt"},
                new String[] {"payment.missed", "2026-11-20T10:00:00", ok, "with an offset"},
                new String[] {
                    "payment.missed",
                    "2026-11-20T10:00:00Z",
                    "{\"amount\": -1, \"currency\": \"EUR\"}",
                    "payload.amount"
                },
                new String[] {"payment.missed", "2026-11-20T10:00:00Z", "{\"currency\": \"EUR\"}", "amount"},
                new String[] {
                    "payment.missed",
                    "2026-11-20T10:00:00Z",
                    "{\"amount\": 1, \"currency\": \"EUR\", \"extra\": true}",
                    "extra"
                },
                new String[] {
                    "payment.missed",
                    "2026-11-20T10:00:00Z",
                    "{\"amount\": 1, \"currency\": \"EUR\", \"invoiceNumber\": \"" + "x".repeat(70_000) + "\"}",
                    "larger than the limit"
                },
                new String[] {
                    "payment.missed",
                    "2026-11-20T10:00:00Z",
                    "{\"amount\": 1, \"currency\": \"EUR\", \"invoiceNumber\": \"a\\u0000b\"}",
                    "NUL character"
                });
        for (String[] c : cases) {
            IngestOutcome outcome = ingestion.ingest(event(id(), c[0], c[1], c[2]));
            assertThat(outcome.status()).as(c[3]).isEqualTo(IngestOutcome.Status.REJECTED);
            assertThat(String.join(" ", outcome.reasons())).as(c[3]).contains(c[3]);
        }
        IngestOutcome unknownCustomer = ingestion.ingest(new EventSubmission(
                "billing",
                id(),
                "login",
                "2026-11-20T10:00:00Z",
                "NO-SUCH-CUSTOMER",
                null,
                json("{\"channel\": \"web\"}")));
        assertThat(unknownCustomer.reasons()).singleElement().asString().contains("customerRef");
        assertThat(jdbc.queryForObject("select count(*) from event_dead_letter", Integer.class))
                .isEqualTo(deadBefore + cases.size() + 1);
    }

    @Test
    void a_repeated_event_is_acknowledged_as_duplicate_and_stored_once_even_across_a_month_boundary() {
        String eventId = id();
        String payload = "{\"channel\": \"web\"}";
        assertThat(ingestion
                        .ingest(event(eventId, "login", "2026-10-31T23:59:59Z", payload))
                        .status())
                .isEqualTo(IngestOutcome.Status.ACCEPTED);
        assertThat(ingestion
                        .ingest(event(eventId, "login", "2026-10-31T23:59:59Z", payload))
                        .status())
                .isEqualTo(IngestOutcome.Status.DUPLICATE);
        assertThat(ingestion
                        .ingest(event(eventId, "login", "2026-11-01T00:00:01Z", payload))
                        .status())
                .isEqualTo(IngestOutcome.Status.DUPLICATE);
        assertThat(stored(eventId)).isEqualTo(1);
    }

    @Test
    void a_batch_answers_per_item_in_one_transaction_and_catches_duplicates_inside_the_batch() {
        String earlier = id();
        ingestion.ingest(event(earlier, "login", "2026-11-02T08:00:00Z", "{\"channel\": \"web\"}"));
        String fresh = id();
        String otherMonth = id();
        List<IngestOutcome> outcomes = ingestion.ingestBatch(List.of(
                event(fresh, "login", "2026-11-03T08:00:00Z", "{\"channel\": \"web\"}"),
                event(fresh, "login", "2026-11-03T08:00:00Z", "{\"channel\": \"web\"}"),
                event(earlier, "login", "2026-11-02T08:00:00Z", "{\"channel\": \"web\"}"),
                event(id(), "login", "2026-11-03T08:00:00Z", "{\"channel\": \"fax\"}"),
                event(otherMonth, "login", "2026-10-01T00:00:00Z", "{\"channel\": \"mobile\"}")));
        assertThat(outcomes)
                .extracting(IngestOutcome::status)
                .containsExactly(
                        IngestOutcome.Status.ACCEPTED,
                        IngestOutcome.Status.DUPLICATE,
                        IngestOutcome.Status.DUPLICATE,
                        IngestOutcome.Status.REJECTED,
                        IngestOutcome.Status.ACCEPTED);
        assertThat(outcomes.get(3).reasons()).singleElement().asString().contains("payload.channel");
        assertThat(stored(fresh)).isEqualTo(1);
        assertThat(stored(earlier)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select id from events where event_id = ?", Long.class, otherMonth))
                .isEqualTo(outcomes.get(4).id());
    }

    @Test
    void a_batch_of_several_types_checks_each_item_against_its_own_type_unknown_and_disabled_ones_included() {
        String disabled = "test.disabled." + UUID.randomUUID();
        jdbc.update(
                "insert into event_type (name, description, json_schema, enabled, updated_at) values (?, 'off', '{\"type\": \"object\"}'::jsonb, false, now())",
                disabled);
        try {
            String login = id();
            String payment = id();
            List<IngestOutcome> outcomes = ingestion.ingestBatch(List.of(
                    event(login, "login", "2026-11-05T08:00:00Z", "{\"channel\": \"web\"}"),
                    event(id(), disabled, "2026-11-05T08:00:00Z", "{}"),
                    event(payment, "payment.missed", "2026-11-05T08:00:00Z", "{\"amount\": 3, \"currency\": \"EUR\"}"),
                    event(id(), "no.such.type", "2026-11-05T08:00:00Z", "{}"),
                    event(id(), "payment.missed", "2026-11-05T08:00:00Z", "{\"channel\": \"web\"}")));
            assertThat(outcomes)
                    .extracting(IngestOutcome::status)
                    .containsExactly(
                            IngestOutcome.Status.ACCEPTED,
                            IngestOutcome.Status.REJECTED,
                            IngestOutcome.Status.ACCEPTED,
                            IngestOutcome.Status.REJECTED,
                            IngestOutcome.Status.REJECTED);
            assertThat(outcomes.get(1).reasons()).containsExactly("Event type '" + disabled + "' is disabled.");
            assertThat(outcomes.get(3).reasons())
                    .singleElement()
                    .asString()
                    .startsWith("Unknown event type 'no.such.type'");
            assertThat(String.join(" ", outcomes.get(4).reasons()))
                    .contains("amount")
                    .contains("channel");
            assertThat(jdbc.queryForObject("select id from events where event_id = ?", Long.class, login))
                    .isEqualTo(outcomes.get(0).id());
            assertThat(jdbc.queryForObject("select id from events where event_id = ?", Long.class, payment))
                    .isEqualTo(outcomes.get(2).id());
        } finally {
            jdbc.update("delete from event_type where name = ?", disabled);
        }
    }

    @Test
    void concurrent_batches_with_the_same_events_store_each_once() throws Exception {
        List<EventSubmission> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(event(
                    id(),
                    "usage.reported",
                    "2026-11-16T12:00:00Z",
                    "{\"metric\": \"seats\", \"quantity\": " + i + "}"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<List<IngestOutcome>>> results = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            results.add(pool.submit(() -> {
                asProducer();
                start.await();
                return ingestion.ingestBatch(batch);
            }));
        }
        start.countDown();
        long accepted = 0;
        for (Future<List<IngestOutcome>> result : results) {
            accepted += result.get().stream()
                    .filter(o -> o.status() == IngestOutcome.Status.ACCEPTED)
                    .count();
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(50);
        for (EventSubmission e : batch) {
            assertThat(stored(e.eventId())).isEqualTo(1);
        }
    }

    @Test
    void concurrent_duplicates_are_stored_once() throws Exception {
        for (int round = 0; round < 3; round++) {
            String eventId = id();
            int threads = 6;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<IngestOutcome>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<IngestOutcome> task = () -> {
                    asProducer();
                    start.await();
                    return ingestion.ingest(event(
                            eventId,
                            "usage.reported",
                            "2026-11-15T12:00:00Z",
                            "{\"metric\": \"seats\", \"quantity\": 3}"));
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<IngestOutcome.Status> statuses = new ArrayList<>();
            for (Future<IngestOutcome> result : results) {
                statuses.add(result.get().status());
            }
            pool.shutdown();
            assertThat(statuses)
                    .filteredOn(s -> s == IngestOutcome.Status.ACCEPTED)
                    .hasSize(1);
            assertThat(statuses)
                    .filteredOn(s -> s == IngestOutcome.Status.DUPLICATE)
                    .hasSize(threads - 1);
            assertThat(stored(eventId)).isEqualTo(1);
        }
    }

    @Autowired
    DeadLetters deadLetters;

    @Autowired
    EventTypes types;

    @Autowired
    io.portalops.TestUsers users;

    @Test
    void a_dead_letter_is_replayed_once_its_type_exists_and_is_marked_replayed() {
        String type = "renewal.requested." + UUID.randomUUID().toString().substring(0, 6);
        String eventId = id();
        IngestOutcome rejected = ingestion.ingest(event(eventId, type, "2026-11-19T09:00:00Z", "{\"term\": 12}"));
        assertThat(rejected.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        long letter = jdbc.queryForObject("select id from event_dead_letter where event_id = ?", Long.class, eventId);

        IngestOutcome stillFailing = users.as("admin", () -> deadLetters.replay(letter));
        assertThat(stillFailing.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_dead_letter where event_id = ?", Integer.class, eventId))
                .isEqualTo(1);

        users.run(
                "admin",
                () -> types.save(
                        type,
                        "Renewal requested",
                        "{\"type\":\"object\",\"required\":[\"term\"],"
                                + "\"properties\":{\"term\":{\"type\":\"integer\",\"minimum\":1}}}",
                        io.portalops.event.EventSeverity.LOW,
                        true));
        IngestOutcome replayed = users.as("admin", () -> deadLetters.replay(letter));
        assertThat(replayed.status()).isEqualTo(IngestOutcome.Status.ACCEPTED);
        assertThat(stored(eventId)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select replayed_at is not null from event_dead_letter where id = ?", Boolean.class, letter))
                .isTrue();
        assertThat(users.as("admin", () -> deadLetters.list(true, 0, DeadLetters.MAX_PAGE))
                        .items())
                .extracting(DeadLetterItem::id)
                .contains(letter);
        assertThat(users.as("admin", () -> deadLetters.list(false, 0, DeadLetters.MAX_PAGE))
                        .items())
                .extracting(DeadLetterItem::id)
                .doesNotContain(letter);
        assertThatThrownBy(() -> users.as("admin", () -> deadLetters.list(false, 0, DeadLetters.MAX_PAGE + 1)))
                .isInstanceOf(io.portalops.shared.InvalidInputException.class);
        asProducer();
    }

    /**
     * Scoped to months of the 1970s that only this test creates: the database is shared by every class in the JVM,
     * so a retention clock in the far future would drop all of their partitions (and events) too.
     */
    @Test
    void partitions_are_created_ahead_and_dropped_after_retention_with_an_injected_clock() {
        List<String> othersBefore = partitions.existing().stream()
                .filter(p -> !p.startsWith("events_197"))
                .toList();
        Clock past = Clock.fixed(Instant.parse("1976-06-15T00:00:00Z"), ZoneOffset.UTC);
        partitions.createAhead(past);
        assertThat(partitions.existing())
                .contains("events_1974_06", "events_1976_06", "events_1976_09")
                .doesNotContain("events_1974_05", "events_1976_10");

        // retention P7Y: at 1983-08-01 every month before 1976-08 has expired
        List<String> dropped =
                partitions.dropExpired(Clock.fixed(Instant.parse("1983-08-01T00:00:00Z"), ZoneOffset.UTC));
        assertThat(dropped)
                .contains("events_1974_06", "events_1976_06")
                .doesNotContain("events_1976_08", "events_1976_09")
                .allMatch(p -> p.startsWith("events_197"));
        assertThat(partitions.existing()).doesNotContain("events_1976_06").contains("events_1976_08", "events_1976_09");

        assertThat(partitions.dropExpired(Clock.fixed(Instant.parse("1983-10-01T00:00:00Z"), ZoneOffset.UTC)))
                .containsExactly("events_1976_08", "events_1976_09");
        assertThat(partitions.existing().stream().filter(p -> p.startsWith("events_197")))
                .isEmpty();
        assertThat(partitions.existing()).as("no other partition was touched").containsAll(othersBefore);
    }
}
