package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.shared.InvalidInputException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class EventLogTest {

    @Autowired
    EventLog log;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    static EventFilter bySource(String source) {
        return new EventFilter(null, null, null, source, null, null);
    }

    List<EventListItem> page(String user, EventFilter filter, EventCursor after, int limit, List<EventCursor> next) {
        EventPage page = users.as(user, () -> log.search(filter, after, limit));
        next.clear();
        if (page.next() != null) {
            next.add(page.next());
        }
        return page.items();
    }

    @Test
    void keyset_paging_returns_every_event_once_newest_first_while_new_events_arrive() {
        String source = EventFixtures.uniqueSource();
        String ref = fixtures.customerOf("manager");
        Set<Long> original = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            // three events share each second, so the id breaks ties
            original.add(fixtures.ingest(source, "payment.missed", ref, now.minusSeconds(100 + i / 3)));
        }
        List<EventListItem> seen = new ArrayList<>();
        List<EventCursor> next = new ArrayList<>();
        seen.addAll(page("analyst", bySource(source), null, 5, next));
        Set<Long> olderArrivals = new HashSet<>();
        int round = 0;
        while (!next.isEmpty()) {
            // between pages: one event newer than everything (must not show up later) and one far older (must)
            fixtures.ingest(source, "payment.missed", ref, now.minusSeconds(10 - round));
            olderArrivals.add(fixtures.ingest(source, "login", ref, now.minusSeconds(5000 + round)));
            round++;
            seen.addAll(page("analyst", bySource(source), next.getFirst(), 5, next));
        }
        List<Long> ids = seen.stream().map(EventListItem::id).toList();
        assertThat(ids).doesNotHaveDuplicates().containsAll(original).containsAll(olderArrivals);
        assertThat(ids).hasSize(original.size() + olderArrivals.size());
        assertThat(seen)
                .isSortedAccordingTo(Comparator.comparing(EventListItem::occurredAt)
                        .thenComparing(EventListItem::id)
                        .reversed());
        assertThat(round).isGreaterThanOrEqualTo(4);
        EventListItem first = seen.getFirst();
        assertThat(first.source()).isEqualTo(source);
        assertThat(first.customerName()).isNotBlank();
        assertThat(first.payload()).contains("\"currency\" : \"EUR\"").contains("\n");
    }

    @Test
    void filters_by_type_customer_and_time_range() {
        String source = EventFixtures.uniqueSource();
        String own = fixtures.customerOf("manager");
        String other = fixtures.customerOf("manager2");
        long missed = fixtures.ingest(source, "payment.missed", own, now.minus(2, ChronoUnit.HOURS));
        long login = fixtures.ingest(source, "login", own, now.minus(30, ChronoUnit.MINUTES));
        long otherCustomer = fixtures.ingest(source, "payment.missed", other, now.minus(3, ChronoUnit.DAYS));
        long old = fixtures.ingest(source, "payment.missed", own, now.minus(40, ChronoUnit.DAYS));

        assertThat(ids("analyst", bySource(source)))
                .as("default: last 30 days only")
                .containsExactly(login, missed, otherCustomer);
        assertThat(ids("analyst", new EventFilter(null, null, "payment.missed", source, null, null)))
                .containsExactly(missed, otherCustomer);
        long ownId = fixtures.customerId(own);
        assertThat(ids("analyst", new EventFilter(ownId, null, null, source, null, null)))
                .as("a customer filter reads its whole history")
                .containsExactly(login, missed, old);
        assertThat(ids(
                        "analyst",
                        new EventFilter(
                                null,
                                null,
                                null,
                                source,
                                now.minus(50, ChronoUnit.DAYS),
                                now.minus(1, ChronoUnit.HOURS))))
                .containsExactly(missed, otherCustomer, old);
        assertThat(ids("analyst", new EventFilter(null, null, null, source, now.minus(1, ChronoUnit.HOURS), null)))
                .containsExactly(login);
    }

    @Test
    void filters_by_contract_id_or_number_in_any_case_and_a_contract_reads_its_whole_history() {
        String source = EventFixtures.uniqueSource();
        String own = fixtures.contractedCustomerOf("manager");
        String number = fixtures.contractOf(own);
        long contractId = jdbc.queryForObject("select id from contract where number = ?", Long.class, number);
        long onContract = fixtures.ingestOnContract(source, own, number, now.minus(2, ChronoUnit.HOURS));
        long oldOnContract = fixtures.ingestOnContract(source, own, number, now.minus(90, ChronoUnit.DAYS));
        fixtures.ingest(source, "payment.missed", own, now.minus(1, ChronoUnit.HOURS));

        assertThat(ids("analyst", new EventFilter(null, contractId, null, source, null, null)))
                .containsExactly(onContract, oldOnContract);
        assertThat(ids(
                        "analyst",
                        new EventFilter(null, null, null, source, null, null, null, " " + number.toLowerCase() + " ")))
                .containsExactly(onContract, oldOnContract);
        assertThat(ids("manager", new EventFilter(null, null, null, source, null, null, null, number)))
                .containsExactly(onContract, oldOnContract);
        assertThat(ids("manager2", new EventFilter(null, null, null, source, null, null, null, number)))
                .as("another manager's contract shows nothing")
                .isEmpty();
        assertThat(ids("analyst", new EventFilter(null, null, null, source, null, null, null, "CT-1999-999999")))
                .isEmpty();
    }

    @Test
    void an_account_manager_sees_only_events_of_their_own_customers() {
        String source = EventFixtures.uniqueSource();
        long own = fixtures.ingest(source, "login", fixtures.customerOf("manager"), now.minusSeconds(60));
        long foreign = fixtures.ingest(source, "login", fixtures.customerOf("manager2"), now.minusSeconds(30));

        assertThat(ids("manager", bySource(source))).containsExactly(own);
        assertThat(ids("manager2", bySource(source))).containsExactly(foreign);
        assertThat(ids(
                        "manager",
                        new EventFilter(
                                fixtures.customerId(fixtures.customerOf("manager2")), null, null, source, null, null)))
                .as("naming a foreign customer does not widen the scope")
                .isEmpty();
        for (String wide : List.of("admin", "analyst")) {
            assertThat(ids(wide, bySource(source))).as(wide).containsExactly(foreign, own);
        }
    }

    @Test
    void a_service_admin_may_not_read_and_the_page_size_is_bounded() {
        assertThatThrownBy(() -> users.as("serviceadmin", () -> log.search(EventFilter.NONE, null, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("analyst", () -> log.search(EventFilter.NONE, null, 0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.as("analyst", () -> log.search(EventFilter.NONE, null, EventLog.MAX_PAGE + 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_cursor_survives_its_string_form_and_garbage_is_invalid_input() {
        EventCursor cursor = new EventCursor(Instant.parse("2026-11-22T10:15:30.123456Z"), 4711);
        assertThat(EventCursor.decode(cursor.encode(), "after")).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
        for (String bad : List.of("nope", "!!!", "MTIz", "")) {
            assertThatThrownBy(() -> EventCursor.decode(bad, "after"))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    List<Long> ids(String user, EventFilter filter) {
        return users.as(user, () -> log.search(filter, null, 100)).items().stream()
                .map(EventListItem::id)
                .toList();
    }
}
