package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.jobs.JobOutcome;
import io.portalops.jobs.JobRunItem;
import io.portalops.jobs.JobTrigger;
import io.portalops.jobs.Jobs;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention job as the Jobs screen's "run now" runs it: through the job runner, under its lock, with the
 * application's own clock and retention (7 years). Scoped by its data: the only month it can drop is one this test
 * creates past retention, since every other partition in the shared database is younger than seven years.
 */
@SpringBootTest
class EventRetentionJobTest {

    @Autowired
    Jobs jobs;

    @Autowired
    EventPartitions partitions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void run_through_the_job_runner_it_drops_only_the_months_past_retention_and_records_its_run() throws Exception {
        YearMonth expired = YearMonth.now(ZoneOffset.UTC).minusYears(7).minusMonths(2);
        String expiredName = "events_" + expired.toString().replace('-', '_');
        partitions.ensure(expired);
        String marker = "retention-" + UUID.randomUUID();
        insertEvent(marker, expired);
        List<String> kept = partitions.existing().stream()
                .filter(p -> !p.equals(expiredName))
                .toList();
        assertThat(partitions.existing()).contains(expiredName);

        JobRunItem run = users.as("admin", () -> jobs.runNow("event-partitions-retention"))
                .get(2, TimeUnit.MINUTES);

        assertThat(run.outcome()).as("%s", run).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(run.trigger()).isEqualTo(JobTrigger.MANUAL);
        assertThat(run.summary()).contains("Dropped").contains(expiredName);
        assertThat(partitions.existing()).doesNotContain(expiredName).containsAll(kept);
        assertThat(jdbc.queryForObject("select count(*) from events where event_id = ?", Integer.class, marker))
                .isZero();
        assertThat(jdbc.queryForObject("select outcome from job_run where id = ?", String.class, run.id()))
                .isEqualTo("SUCCEEDED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'job.run_now' and target_id = ?",
                        Integer.class,
                        "event-partitions-retention"))
                .isPositive();
    }

    private void insertEvent(String eventId, YearMonth month) {
        long customer = jdbc.queryForObject("select min(id) from customer", Long.class);
        Timestamp at =
                Timestamp.from(month.atDay(1).atStartOfDay().plusHours(12).toInstant(ZoneOffset.UTC));
        jdbc.update(
                "insert into events (occurred_at, received_at, source, event_id, type, customer_id, payload) "
                        + "values (?, ?, 'retention-test', ?, 'login', ?, '{}'::jsonb)",
                at,
                at,
                eventId,
                customer);
    }
}
