package io.portalops.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The performance goal: a bulk flag over 10,000 contracts, selected by filter, in under 30 s. A benchmark, not
 * a timed test: not in the default suite (each round writes 10,000 contracts), run with {@code -Dbenchmark.bulk=true};
 * it prints each round's time and the median of the rounds ({@code -Dbenchmark.bulk.rounds}, default 3; the rows per
 * round {@code -Dbenchmark.bulk.rows}, default 10,000, e.g. fewer for a profile), which go to docs/benchmarks.md. It asserts only that every row was done, because the machine it runs on is shared.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "benchmark.bulk", matches = "true")
class BulkFlagBenchmarkTest {

    @Autowired
    BulkActions bulk;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_bulk_flag_over_ten_thousand_contracts_selected_by_filter() {
        int rounds = Integer.getInteger("benchmark.bulk.rounds", 3);
        int rows = Integer.getInteger("benchmark.bulk.rows", 10_000);
        List<Long> millis = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            millis.add(round(round, rows));
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(
                "BENCHMARK bulk flag of %d contracts: rounds %s ms, median %d ms%n",
                rows, millis, sorted.get(sorted.size() / 2));
    }

    private long round(int round, int rows) {
        String token = "bk" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        jdbc.update("""
                insert into contract (number, customer_id, title, type, value_amount, value_currency, start_date,
                    end_date, auto_renew, notice_period_days, owner_id, status, created_at, updated_at)
                select ? || lpad(i::text, 6, '0'), c.id, 'Bench ' || ? || ' ' || i, 'SERVICES', 1000, 'EUR',
                    current_date + 10, current_date + 400, false, 30, c.owner_id, 'DRAFT', now(), now()
                from generate_series(1, ?) i,
                    (select c.id, c.owner_id from customer c join account a on a.id = c.owner_id
                     where a.username = 'manager' order by c.id limit 1) c
                """, token.toUpperCase(), token, rows);

        long started = System.nanoTime();
        BulkResult result = users.as(
                "manager",
                () -> bulk.run(
                        "contracts",
                        "flag",
                        BulkSelection.ofFilter(Map.of("text", token)),
                        Map.of("severity", "LOW", "reason", "Benchmark")));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "BENCHMARK round %d: bulk flag of %d contracts: %d ms%n", round, result.done(), took.toMillis());

        assertThat(result.done()).isEqualTo(rows);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract where flagged and title like ?",
                        Long.class,
                        "Bench " + token + " %"))
                .isEqualTo((long) rows);
        return took.toMillis();
    }
}
