package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo generator, run with a fixed clock in the spring of 2024 so that its events sit apart from the ones other
 * tests write and every assertion is exact; the rows are removed afterwards.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventDemoDataTest {

    static final Clock MARCH_2024 = Clock.fixed(Instant.parse("2024-03-10T12:00:00Z"), ZoneOffset.UTC);
    static final int SIZE = 2_000;

    @Autowired
    EventDemoData demoData;

    @Autowired
    EventTypes types;

    @Autowired
    EventIngestion ingestion;

    @Autowired
    JdbcTemplate jdbc;

    EventDemoData.Generated run;

    @BeforeAll
    void generate() {
        run = demoData.generate(SIZE, MARCH_2024);
    }

    @AfterAll
    void removeTheGeneratedEvents() {
        jdbc.update(
                "delete from event_dedup d using events e where e.id between ? and ? and d.source = e.source "
                        + "and d.event_id = e.event_id",
                run.firstId(),
                run.lastId());
        jdbc.update("delete from events where id between ? and ?", run.firstId(), run.lastId());
    }

    List<Map<String, Object>> generated(String columns) {
        return jdbc.queryForList(
                "select " + columns + " from events where id between ? and ? order by id", run.firstId(), run.lastId());
    }

    @Test
    void the_events_spread_over_the_24_months_before_the_clock_each_in_its_own_months_partition() {
        assertThat(run.lastId() - run.firstId() + 1).isEqualTo(SIZE);
        assertThat(run.from()).isEqualTo(Instant.parse("2022-03-10T12:00:00Z"));
        assertThat(run.to()).isEqualTo(MARCH_2024.instant());

        List<Map<String, Object>> rows = generated("tableoid::regclass::text as partition, "
                + "to_char(occurred_at at time zone 'UTC', 'YYYY_MM') as month, occurred_at");
        assertThat(rows).hasSize(SIZE);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("partition")).isEqualTo("events_" + row.get("month")));
        assertThat(rows)
                .allSatisfy(row -> assertThat(((java.sql.Timestamp) row.get("occurred_at")).toInstant())
                        .isBetween(run.from(), run.to()));

        Map<String, Long> perPartition = rows.stream()
                .collect(Collectors.groupingBy(
                        row -> (String) row.get("partition"), TreeMap::new, Collectors.counting()));
        List<String> months = Stream.iterate(
                        YearMonth.of(2022, 3), m -> !m.isAfter(YearMonth.of(2024, 3)), m -> m.plusMonths(1))
                .map(EventPartitions::name)
                .toList();
        assertThat(perPartition.keySet())
                .as("25 calendar months, the first and last in part")
                .containsExactlyElementsOf(months);
        // an even spread: a whole month holds about 2000 / 24 ≈ 83 events
        perPartition.entrySet().stream()
                .filter(e -> !e.getKey().equals("events_2022_03") && !e.getKey().equals("events_2024_03"))
                .forEach(e -> assertThat(e.getValue()).as(e.getKey()).isBetween(70L, 95L));
    }

    @Test
    void every_payload_is_valid_for_its_types_schema_and_each_type_comes_from_its_own_source() {
        List<Map<String, Object>> rows = generated("type, source, payload::text as payload");
        Map<String, String> sourceOf = Map.of(
                "login",
                "auth",
                "usage.reported",
                "usage-meter",
                "payment.received",
                "billing",
                "payment.missed",
                "billing",
                "complaint.opened",
                "crm");
        for (Map<String, Object> row : rows) {
            String type = (String) row.get("type");
            assertThat(types.violations(type, EventTypes.JSON.readTree((String) row.get("payload"))))
                    .as("%s", row)
                    .isEmpty();
            assertThat(row.get("source")).as("%s", row).isEqualTo(sourceOf.get(type));
        }
        Map<Object, Long> perType =
                rows.stream().collect(Collectors.groupingBy(row -> row.get("type"), Collectors.counting()));
        assertThat(perType.keySet()).as("every demo type occurs").isEqualTo(DemoEventTypes.TYPES.keySet());
        assertThat(perType.get("login"))
                .as("sign-ins are the most common")
                .isGreaterThan(perType.get("complaint.opened") * 3);
    }

    @Test
    void every_event_has_its_dedup_row_so_a_producer_resending_one_is_told_it_is_a_duplicate() {
        Integer missing = jdbc.queryForObject(
                "select count(*) from events e where e.id between ? and ? and not exists (select 1 "
                        + "from event_dedup d where d.source = e.source and d.event_id = e.event_id and d.occurred_at = e.occurred_at)",
                Integer.class,
                run.firstId(),
                run.lastId());
        assertThat(missing).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_dedup d join events e on d.source = e.source "
                                + "and d.event_id = e.event_id where e.id between ? and ?",
                        Integer.class,
                        run.firstId(),
                        run.lastId()))
                .isEqualTo(SIZE);

        Map<String, Object> some = jdbc.queryForMap(
                "select e.source, e.event_id, e.type, e.occurred_at, c.external_ref, "
                        + "e.payload::text as payload from events e join customer c on c.id = e.customer_id "
                        + "where e.id = ? and e.contract_id is null",
                firstWithoutContract());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("test-producer", null, "SCOPE_events:write"));
        SecurityContextHolder.setContext(context);
        try {
            IngestOutcome again = ingestion.ingest(new EventSubmission(
                    (String) some.get("source"),
                    (String) some.get("event_id"),
                    (String) some.get("type"),
                    ((java.sql.Timestamp) some.get("occurred_at")).toInstant().toString(),
                    (String) some.get("external_ref"),
                    null,
                    EventTypes.JSON.readTree((String) some.get("payload"))));
            assertThat(again.status()).isEqualTo(IngestOutcome.Status.DUPLICATE);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long firstWithoutContract() {
        return jdbc.queryForObject(
                "select min(id) from events where id between ? and ? and contract_id is null",
                Long.class,
                run.firstId(),
                run.lastId());
    }

    @Test
    void events_belong_to_existing_customers_and_those_about_a_contract_to_that_contracts_customer() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from events e where e.id between ? and ? "
                                + "and not exists (select 1 from customer c where c.id = e.customer_id)",
                        Integer.class,
                        run.firstId(),
                        run.lastId()))
                .isZero();
        List<Map<String, Object>> linked = jdbc.queryForList(
                "select e.customer_id, c.customer_id as contract_customer, c.status "
                        + "from events e join contract c on c.id = e.contract_id where e.id between ? and ?",
                run.firstId(),
                run.lastId());
        assertThat(linked).as("some events are about contracts").hasSizeGreaterThan(SIZE / 10);
        assertThat(linked).allSatisfy(row -> {
            assertThat(row.get("customer_id")).isEqualTo(row.get("contract_customer"));
            assertThat(row.get("status")).isIn("ACTIVE", "EXPIRED", "TERMINATED");
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from events where id between ? and ? and contract_id is not null "
                                + "and contract_id not in (select id from contract)",
                        Integer.class,
                        run.firstId(),
                        run.lastId()))
                .isZero();
        assertThat(Set.copyOf(jdbc.queryForList(
                        "select distinct type from events where id between ? and ? and contract_id is not null",
                        String.class,
                        run.firstId(),
                        run.lastId())))
                .doesNotContain("login");
    }

    @Test
    void at_start_up_the_generator_leaves_an_events_table_that_already_has_rows_alone() {
        long before = jdbc.queryForObject("select count(*) from events", Long.class);
        demoData.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from events", Long.class))
                .isEqualTo(before);
    }
}
