package io.portalops.directory.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seeds last use for the demo's active grants, as usage events and sign-in imports would have recorded it, so that the
 * product usage pages show all three kinds of seat on first run: by the grant's id, six in ten used within the last
 * four weeks, two in ten last used one to four months ago (idle), two in ten never. Deterministic; only when no use is
 * recorded yet.
 */
@Component
@Profile("demo")
@Order(44)
class UsageDemoData implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    UsageDemoData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean empty = jdbc.queryForObject("select not exists (select 1 from product_use)", Boolean.class);
        if (!Boolean.TRUE.equals(empty)) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        jdbc.update(
                "insert into product_use (person_id, product_id, last_used_at, source, updated_at) "
                        + "select g.person_id, g.product_id, ?::timestamptz - make_interval(days => (case "
                        + "when g.id % 10 < 6 then (g.id * 7) % 27 else 31 + (g.id * 13) % 90 end)::int, "
                        + "hours => ((g.id * 5) % 24)::int), 'demo', ?::timestamptz "
                        + "from access_grant g where g.status = 'ACTIVE' and g.id % 10 < 8 "
                        + "on conflict do nothing",
                Timestamp.from(now), Timestamp.from(now));
    }
}
