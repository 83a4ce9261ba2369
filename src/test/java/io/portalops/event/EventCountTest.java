package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.OwnerDatabase;
import io.portalops.TestUsers;
import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.shared.paging.PlannerEstimate;
import io.portalops.shared.paging.RowCount;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The Event Log's count (ADR 046): exact for a few events, the capped count's query in the caller's scope, and past
 * the cap the planner's estimate of that same query over the partitioned table, never a full count.
 */
@SpringBootTest
class EventCountTest {

    @Autowired
    EventLog log;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    CurrentUserProvider currentUser;

    @Autowired
    Environment environment;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    EventFilter bySource(String source) {
        return new EventFilter(null, null, null, source, null, null);
    }

    @Test
    void a_few_events_are_counted_exactly_in_the_callers_scope_and_follow_the_filter() {
        String source = EventFixtures.uniqueSource();
        String own = fixtures.customerOf("manager");
        String other = fixtures.customerOf("manager2");
        fixtures.ingest(source, "login", own, now.minus(1, ChronoUnit.HOURS));
        fixtures.ingest(source, "payment.missed", own, now.minus(2, ChronoUnit.HOURS));
        fixtures.ingest(source, "login", other, now.minus(3, ChronoUnit.HOURS));

        assertThat(users.as("analyst", () -> log.count(bySource(source)))).isEqualTo(RowCount.exact(3));
        assertThat(users.as("analyst", () -> log.count(new EventFilter(null, null, "login", source, null, null))))
                .isEqualTo(RowCount.exact(2));
        // the same scope as the rows: a manager counts the events of their own customers only
        assertThat(users.as("manager", () -> log.count(bySource(source)))).isEqualTo(RowCount.exact(2));
        assertThat(users.as("analyst", () -> log.count(bySource(source + "-none"))))
                .isEqualTo(RowCount.exact(0));
    }

    @Test
    void past_the_cap_the_count_is_the_planners_estimate_of_the_filtered_query_over_the_partitions() {
        String source = EventFixtures.uniqueSource();
        long customer = fixtures.customerId(fixtures.customerOf("manager"));
        EventLog.Query query = users.as("analyst", () -> {
            CurrentUser analyst = currentUser.require();
            return log.counting(bySource(source), analyst);
        });
        assertThat(query.sql()).doesNotContain(source).contains("?");

        RowCount count = OwnerDatabase.inRolledBackTransaction(environment, owner -> {
            // 30,000 events of one source over the last ten days, with statistics, all rolled back afterwards
            owner.update(
                    "insert into events (occurred_at, received_at, source, event_id, type, customer_id, payload) "
                            + "select ?::timestamptz - make_interval(secs => i * 28), now(), ?, 'count-' || i, "
                            + "'login', ?, '{}'::jsonb from generate_series(1, 30000) i",
                    Timestamp.from(now.minus(1, ChronoUnit.MINUTES)),
                    source,
                    customer);
            owner.execute("analyze events");
            return PlannerEstimate.count(owner, query.sql(), query.args(), RowCount.CAP);
        });

        assertThat(count.estimated()).isTrue();
        assertThat(count.value()).isBetween(15_000L, 60_000L);
        assertThat(count.label("event", "events")).startsWith("about ").endsWith("K events");
    }
}
