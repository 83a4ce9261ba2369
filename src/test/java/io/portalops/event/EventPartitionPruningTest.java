package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.security.CurrentUserProvider;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The Event Log's SQL, exactly as {@link EventLog} builds it, EXPLAINed with its arguments: a time range must plan
 * scans of the partitions of its months only (docs/event-partition-pruning.md shows the plans on 2M events).
 */
@SpringBootTest
class EventPartitionPruningTest {

    @Autowired
    EventLog log;

    @Autowired
    EventPartitions partitions;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    CurrentUserProvider currentUser;

    @Autowired
    JdbcTemplate jdbc;

    /** Two calendar months, half a year back: well inside the partitions created at start-up. */
    final YearMonth first = YearMonth.now(ZoneOffset.UTC).minusMonths(6);

    final Instant from = first.atDay(10).atStartOfDay(ZoneOffset.UTC).toInstant();
    final Instant to =
            first.plusMonths(1).atDay(20).atStartOfDay(ZoneOffset.UTC).toInstant();
    final Set<String> twoMonths = Set.of(EventPartitions.name(first), EventPartitions.name(first.plusMonths(1)));

    @Test
    void a_time_range_alone_or_with_a_customer_a_type_or_an_owner_scope_plans_only_the_partitions_of_its_months() {
        assertThat(partitions.existing())
                .as("enough partitions that pruning shows")
                .hasSizeGreaterThan(20)
                .containsAll(twoMonths);
        long customer = fixtures.customerId(fixtures.customerOf("manager"));

        assertThat(scanned("analyst", new EventFilter(null, null, null, null, from, to), null))
                .isEqualTo(twoMonths);
        assertThat(scanned("analyst", new EventFilter(customer, null, null, null, from, to), null))
                .isEqualTo(twoMonths);
        assertThat(scanned("analyst", new EventFilter(null, null, "payment.missed", null, from, to), null))
                .isEqualTo(twoMonths);
        assertThat(scanned("manager", new EventFilter(null, null, null, "billing", from, to), null))
                .isEqualTo(twoMonths);
    }

    @Test
    void the_next_page_of_a_range_plans_only_the_months_between_the_start_and_the_cursor() {
        EventCursor inFirstMonth =
                new EventCursor(first.atDay(25).atStartOfDay(ZoneOffset.UTC).toInstant(), Long.MAX_VALUE);
        assertThat(scanned("analyst", new EventFilter(null, null, null, null, from, to), inFirstMonth))
                .containsExactly(EventPartitions.name(first));
    }

    @Test
    void without_a_start_the_log_plans_only_the_last_30_days_and_a_customers_history_stops_at_the_cursor() {
        Instant now = Instant.now();
        Set<String> recent = months(now.minus(EventLog.DEFAULT_SPAN), now.plus(1, ChronoUnit.DAYS));
        assertThat(scanned("analyst", EventFilter.NONE, null)).isEqualTo(recent);

        long customer = fixtures.customerId(fixtures.customerOf("manager"));
        EventCursor cursor = new EventCursor(from, Long.MAX_VALUE);
        Set<String> upToCursor = scanned("analyst", new EventFilter(customer, null, null, null, null, null), cursor);
        assertThat(upToCursor)
                .contains(EventPartitions.name(first))
                .allSatisfy(partition -> assertThat(partition).isLessThanOrEqualTo(EventPartitions.name(first)));
    }

    /** The names of the {@code events_*} partitions in the plan of the page query, sorted. */
    private Set<String> scanned(String user, EventFilter filter, @Nullable EventCursor after) {
        EventLog.Query query = users.as(user, () -> log.query(filter, after, 50, currentUser.require()));
        String plan = jdbc.queryForObject(
                "explain (format json) " + query.sql(),
                String.class,
                query.args().toArray());
        Set<String> relations = new TreeSet<>();
        collect(EventTypes.JSON.readTree(plan), relations);
        return relations;
    }

    private static void collect(JsonNode node, Set<String> relations) {
        if (node.isObject()
                && node.has("Relation Name")
                && node.get("Relation Name").asString().startsWith("events_")) {
            relations.add(node.get("Relation Name").asString());
        }
        node.forEach(child -> collect(child, relations));
    }

    private static Set<String> months(Instant from, Instant to) {
        Set<String> names = new TreeSet<>();
        for (YearMonth m = YearMonth.from(from.atZone(ZoneOffset.UTC));
                !m.isAfter(YearMonth.from(to.atZone(ZoneOffset.UTC)));
                m = m.plusMonths(1)) {
            names.add(EventPartitions.name(m));
        }
        return names;
    }
}
