package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Ingests events for read-side tests as a producer would, then restores the caller's security context. */
@Component
public class EventFixtures {

    private final EventIngestion ingestion;
    private final JdbcTemplate jdbc;

    EventFixtures(EventIngestion ingestion, JdbcTemplate jdbc) {
        this.ingestion = ingestion;
        this.jdbc = jdbc;
    }

    /** A source no other test uses, so that a test can filter down to its own events. */
    public static String uniqueSource() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** External reference and id of some customer owned by this account. */
    public String customerOf(String username) {
        return jdbc.queryForObject(
                "select min(c.external_ref) from customer c join account a on a.id = c.owner_id "
                        + "where a.username = ?",
                String.class,
                username);
    }

    /** External references of the first {@code count} customers owned by this account. */
    public java.util.List<String> customersOf(String username, int count) {
        return jdbc.queryForList(
                "select c.external_ref from customer c join account a on a.id = c.owner_id "
                        + "where a.username = ? order by c.external_ref limit ?",
                String.class,
                username,
                count);
    }

    public long customerId(String externalRef) {
        return jdbc.queryForObject("select id from customer where external_ref = ?", Long.class, externalRef);
    }

    /** Stores one payment.missed (or a login, for type "login") event and returns its id. */
    public long ingest(String source, String type, String customerRef, Instant occurredAt) {
        IngestOutcome outcome = asProducer(() -> ingestion.ingest(submission(source, type, customerRef, occurredAt)));
        assertThat(outcome.status()).as("%s", outcome).isEqualTo(IngestOutcome.Status.ACCEPTED);
        return outcome.id();
    }

    /** The number of some contract of this customer. */
    /** External reference of a customer owned by this account that holds at least one contract (demo contracts are spread at random). */
    public String contractedCustomerOf(String username) {
        String ref = jdbc.queryForObject(
                "select min(c.external_ref) from customer c join account a on a.id = c.owner_id "
                        + "where a.username = ? and exists (select 1 from contract k where k.customer_id = c.id)",
                String.class,
                username);
        assertThat(ref).as("a customer of %s with a contract", username).isNotNull();
        return ref;
    }

    public String contractOf(String customerRef) {
        return jdbc.queryForObject(
                "select min(k.number) from contract k join customer c on c.id = k.customer_id "
                        + "where c.external_ref = ?",
                String.class,
                customerRef);
    }

    /** Stores one payment.missed event on this contract of the customer and returns its id. */
    public long ingestOnContract(String source, String customerRef, String contractNumber, Instant occurredAt) {
        IngestOutcome outcome = asProducer(() -> ingestion.ingest(new EventSubmission(
                source,
                UUID.randomUUID().toString(),
                "payment.missed",
                occurredAt.toString(),
                customerRef,
                contractNumber,
                EventTypes.JSON.readTree("{\"amount\": 12.5, \"currency\": \"EUR\"}"))));
        assertThat(outcome.status()).as("%s", outcome).isEqualTo(IngestOutcome.Status.ACCEPTED);
        return outcome.id();
    }

    /** Stores one event of any type with the given JSON payload and returns its id. */
    public long ingest(String source, String type, String customerRef, Instant occurredAt, String payload) {
        IngestOutcome outcome = asProducer(() -> ingestion.ingest(new EventSubmission(
                source,
                UUID.randomUUID().toString(),
                type,
                occurredAt.toString(),
                customerRef,
                null,
                EventTypes.JSON.readTree(payload))));
        assertThat(outcome.status()).as("%s", outcome).isEqualTo(IngestOutcome.Status.ACCEPTED);
        return outcome.id();
    }

    /**
     * Stores a company usage event (ADR 055): a {@code login} or {@code usage.reported} without a customer, naming who
     * used which product; returns its id.
     */
    public long ingestCompanyUsage(
            String source, String type, String personRef, String productRef, Instant occurredAt) {
        IngestOutcome outcome = asProducer(() -> ingestion.ingest(
                companyUsage(source, UUID.randomUUID().toString(), type, personRef, productRef, occurredAt)));
        assertThat(outcome.status()).as("%s", outcome).isEqualTo(IngestOutcome.Status.ACCEPTED);
        return outcome.id();
    }

    /** A company usage event as a producer sends it: no customerRef, a person and a product. */
    public static EventSubmission companyUsage(
            String source, String eventId, String type, String personRef, String productRef, Instant occurredAt) {
        String payload =
                type.equals("login") ? "{\"channel\": \"web\"}" : "{\"metric\": \"active-minutes\", \"quantity\": 42}";
        return new EventSubmission(
                source,
                eventId,
                type,
                occurredAt.toString(),
                null,
                null,
                EventTypes.JSON.readTree(payload),
                personRef,
                productRef);
    }

    /** Stores {@code count} payment.missed events in one batch, one second apart up to {@code newest}; ids newest first. */
    public java.util.List<Long> ingestBatch(String source, String customerRef, int count, Instant newest) {
        var events = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> submission(source, "payment.missed", customerRef, newest.minusSeconds(count - 1 - i)))
                .toList();
        var outcomes = asProducer(() -> ingestion.ingestBatch(events));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(IngestOutcome.Status.ACCEPTED));
        return outcomes.reversed().stream().map(IngestOutcome::id).toList();
    }

    private static EventSubmission submission(String source, String type, String customerRef, Instant occurredAt) {
        String payload = type.equals("login") ? "{\"channel\": \"web\"}" : "{\"amount\": 12.5, \"currency\": \"EUR\"}";
        return new EventSubmission(
                source,
                UUID.randomUUID().toString(),
                type,
                occurredAt.toString(),
                customerRef,
                null,
                EventTypes.JSON.readTree(payload));
    }

    /** Runs as an API client with the events:write scope, then restores the caller's security context. */
    private static <T> T asProducer(java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("test-producer", null, "SCOPE_events:write"));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
