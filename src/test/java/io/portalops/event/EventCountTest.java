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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

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

    @Autowired
    JdbcTemplate jdbc;

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
    void a_source_that_never_sent_an_event_is_answered_from_its_dedup_key_without_reading_the_window() {
        EventLog.Query query =
                users.as("analyst", () -> log.counting(bySource("never-sent-" + now), currentUser.require()));
        List<String> plan = jdbc.queryForList(
                "explain (analyze, costs off) " + query.sql(),
                String.class,
                query.args().toArray());
        assertThat(String.join("\n", plan))
                .as("the window's partitions are never read when the source has no dedup key")
                .contains("One-Time Filter")
                .contains("never executed");
        assertThat(users.as("analyst", () -> log.count(bySource("never-sent-" + now))))
                .isEqualTo(RowCount.exact(0));

        // the plan a prepared statement gets for any value (pgjdbc prepares on the server from the fifth use): the
        // probe stays a probe of the key's index, never a scan of every key
        StringBuilder numbered = new StringBuilder();
        int parameter = 0;
        for (char c : query.sql().toCharArray()) {
            numbered.append(c == '?' ? "$" + ++parameter : String.valueOf(c));
        }
        List<String> types = query.args().stream()
                .map(arg -> arg instanceof java.sql.Timestamp ? "timestamptz" : "text")
                .toList();
        List<String> values = query.args().stream()
                .map(arg -> arg instanceof java.sql.Timestamp ? "now()" : "'never-sent'")
                .toList();
        String generic = jdbc.execute((java.sql.Connection connection) -> {
            List<String> lines = new java.util.ArrayList<>();
            try (var statement = connection.createStatement()) {
                statement.execute("set plan_cache_mode = force_generic_plan");
                statement.execute("prepare never_sent(" + String.join(", ", types) + ") as " + numbered);
                try (var rows = statement.executeQuery(
                        "explain (analyze, costs off) execute never_sent(" + String.join(", ", values) + ")")) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                } finally {
                    statement.execute("deallocate never_sent");
                    statement.execute("reset plan_cache_mode");
                }
            }
            return String.join("\n", lines);
        });
        assertThat(generic).contains("event_dedup_pkey").doesNotContain("Seq Scan on event_dedup");
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
            // as every stored event has (the list looks there first for whether a source ever sent one; ADR 060)
            owner.update(
                    "insert into event_dedup (source, event_id, occurred_at) select ?, 'count-' || i, "
                            + "?::timestamptz - make_interval(secs => i * 28) from generate_series(1, 30000) i",
                    source,
                    Timestamp.from(now.minus(1, ChronoUnit.MINUTES)));
            owner.execute("analyze events");
            return PlannerEstimate.count(owner, query.sql(), query.args(), RowCount.CAP);
        });

        assertThat(count.estimated()).isTrue();
        assertThat(count.value()).isBetween(15_000L, 60_000L);
        assertThat(count.label("event", "events")).startsWith("about ").endsWith("K events");
    }
}
