package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Company usage events (ADR 055): a usage event naming a person and a product may come without a customer, on every
 * ingest path; nothing else may; and only the roles that read every event see one.
 */
@SpringBootTest
class CompanyUsageEventTest {

    @Autowired
    EventIngestion ingestion;

    @Autowired
    EventLog log;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    final String source = EventFixtures.uniqueSource();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static void asProducer() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("test-producer", null, "SCOPE_events:write"));
        SecurityContextHolder.setContext(context);
    }

    int stored(String eventId) {
        return jdbc.queryForObject(
                "select count(*) from events where source = ? and event_id = ?", Integer.class, source, eventId);
    }

    int deadLetters(String eventId) {
        return jdbc.queryForObject(
                "select count(*) from event_dead_letter where source = ? and event_id = ?",
                Integer.class,
                source,
                eventId);
    }

    List<Long> seenBy(String user) {
        return users
                .as(user, () -> log.search(new EventFilter(null, null, null, source, null, null), null, 50))
                .items()
                .stream()
                .map(EventListItem::id)
                .toList();
    }

    @Test
    void a_usage_event_without_a_customer_is_stored_without_one_and_a_repeat_is_a_duplicate() {
        String eventId = UUID.randomUUID().toString();
        EventSubmission event =
                EventFixtures.companyUsage(source, eventId, "usage.reported", "x@example.com", "Slack/Pro", now);
        asProducer();

        IngestOutcome first = ingestion.ingest(event);
        IngestOutcome again = ingestion.ingestBatch(List.of(event, event)).getFirst();

        assertThat(first.status()).as("%s", first).isEqualTo(IngestOutcome.Status.ACCEPTED);
        assertThat(again.status()).isEqualTo(IngestOutcome.Status.DUPLICATE);
        assertThat(stored(eventId)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select coalesce(customer_id::text, 'none') || ' ' || person_ref || ' ' || product_ref "
                                + "from events where id = ?",
                        String.class,
                        first.id()))
                .isEqualTo("none x@example.com Slack/Pro");
    }

    @Test
    void an_event_of_another_type_without_a_customer_is_refused_naming_customer_ref_and_nothing_is_stored() {
        String eventId = UUID.randomUUID().toString();
        EventSubmission payment = new EventSubmission(
                source,
                eventId,
                "payment.received",
                now.toString(),
                " ",
                null,
                EventTypes.JSON.readTree("{\"amount\": 1, \"currency\": \"EUR\"}"),
                "x@example.com",
                "Slack/Pro");
        asProducer();

        IngestOutcome outcome = ingestion.ingest(payment);

        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(outcome.reasons()).anySatisfy(r -> assertThat(r).startsWith("customerRef: required"));
        assertThat(stored(eventId)).isZero();
        assertThat(deadLetters(eventId)).isEqualTo(1);
    }

    @Test
    void a_usage_event_without_a_customer_that_names_no_person_or_no_product_or_a_contract_is_refused() {
        String noPerson = UUID.randomUUID().toString();
        String noRefs = UUID.randomUUID().toString();
        String withContract = UUID.randomUUID().toString();
        var login = EventTypes.JSON.readTree("{\"channel\": \"web\"}");
        asProducer();

        List<IngestOutcome> outcomes = ingestion.ingestBatch(List.of(
                new EventSubmission(source, noPerson, "login", now.toString(), null, null, login, null, "Slack/Pro"),
                new EventSubmission(source, noRefs, "login", now.toString(), null, null, login),
                new EventSubmission(
                        source, withContract, "login", now.toString(), null, "CT-2025-000001", login, "a@b.c", "1")));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(IngestOutcome.Status.REJECTED));
        assertThat(outcomes.get(0).reasons()).anySatisfy(r -> assertThat(r).startsWith("customerRef: required"));
        assertThat(outcomes.get(1).reasons())
                .containsExactly("customerRef: required, except on a usage event "
                        + "(login, usage.reported) that names personRef and productRef.");
        assertThat(outcomes.get(2).reasons())
                .containsExactly("contractNumber: an event without a customerRef names no contract.");
        assertThat(stored(noPerson) + stored(noRefs) + stored(withContract)).isZero();
    }

    @Test
    void a_stream_record_without_a_customer_is_stored_as_usage_and_one_of_another_type_is_dead_lettered() {
        String usage = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String usageBody = "{\"eventId\":\"" + usage + "\",\"type\":\"login\",\"occurredAt\":\"" + now
                + "\",\"payload\":{\"channel\":\"web\"},\"personRef\":\"s@example.com\",\"productRef\":\"7\"}";
        String otherBody = "{\"eventId\":\"" + other + "\",\"type\":\"complaint.opened\",\"occurredAt\":\"" + now
                + "\",\"payload\":{\"severity\":\"low\",\"subject\":\"x\"},\"personRef\":\"s@example.com\","
                + "\"productRef\":\"7\"}";
        asProducer();

        List<IngestOutcome> outcomes = ingestion.ingestStream(List.of(
                new StreamRecord(source, "kafka:test-0@1", usageBody.getBytes(StandardCharsets.UTF_8)),
                new StreamRecord(source, "kafka:test-0@2", otherBody.getBytes(StandardCharsets.UTF_8))));

        assertThat(outcomes.get(0).status()).as("%s", outcomes.get(0)).isEqualTo(IngestOutcome.Status.ACCEPTED);
        assertThat(outcomes.get(1).status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(outcomes.get(1).reasons()).anySatisfy(r -> assertThat(r).startsWith("customerRef: required"));
        assertThat(stored(usage)).isEqualTo(1);
        assertThat(stored(other)).isZero();
        assertThat(jdbc.queryForObject(
                        "select origin from event_dead_letter where source = ? and event_id = ?",
                        String.class,
                        source,
                        other))
                .isEqualTo("kafka:test-0@2");
    }

    @Test
    void the_database_refuses_an_event_without_a_customer_that_does_not_name_who_used_what() {
        assertThatThrownBy(() -> jdbc.update(
                        "insert into events (occurred_at, received_at, source, event_id, type, customer_id, payload, "
                                + "person_ref) values (?, now(), ?, ?, 'login', null, '{}', 'x@example.com')",
                        Timestamp.from(now),
                        source,
                        UUID.randomUUID().toString()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("events_customer_or_usage_ck");
    }

    @Test
    void only_the_roles_that_read_every_event_see_a_company_usage_event_with_no_customer_name() {
        long company = fixtures.ingestCompanyUsage(source, "login", "y@example.com", "Zoom/Business", now);
        long customers = fixtures.ingest(source, "login", fixtures.customerOf("manager"), now.minusSeconds(5));

        assertThat(seenBy("admin")).containsExactly(company, customers);
        assertThat(seenBy("analyst")).containsExactly(company, customers);
        assertThat(seenBy("manager"))
                .as("an account manager reads their customers' events only")
                .containsExactly(customers);
        assertThat(seenBy("approver")).doesNotContain(company);
        assertThat(users.as("manager", () -> log.count(new EventFilter(null, null, null, source, null, null)))
                        .value())
                .isEqualTo(1);

        EventListItem item = users.as(
                        "analyst", () -> log.search(new EventFilter(null, null, null, source, null, null), null, 1))
                .items()
                .getFirst();
        assertThat(item.customerId()).isNull();
        assertThat(item.customerName()).isNull();
        assertThat(item.customerLabel()).isEqualTo(EventListItem.COMPANY_USAGE);
        assertThat(item.personRef()).isEqualTo("y@example.com");
        assertThat(item.productRef()).isEqualTo("Zoom/Business");
    }
}
