package io.portalops.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.shared.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class JobsTest {

    @Autowired
    Jobs jobs;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        ProbeJob.failWith = null;
        // ShedLock remembers which lock rows exist, so a test releases the row rather than deleting it.
        jdbc.update(
                "update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = 'probe'");
    }

    @Test
    void every_time_based_rule_is_listed_with_its_schedule_and_next_run() {
        List<JobStatus> list = users.as("admin", jobs::list);
        assertThat(list)
                .extracting(JobStatus::name)
                .contains(
                        "contract-activation",
                        "contract-expiry",
                        "event-partitions-create",
                        "event-partitions-retention");
        JobStatus expiry = list.stream()
                .filter(j -> j.name().equals("contract-expiry"))
                .findFirst()
                .orElseThrow();
        assertThat(expiry.cron()).isEqualTo("0 0 0 * * *");
        assertThat(expiry.nextRun()).isAfter(java.time.Instant.now());
        JobStatus probe =
                list.stream().filter(j -> j.name().equals("probe")).findFirst().orElseThrow();
        assertThat(probe.enabled()).isFalse();
        assertThat(probe.nextRun()).isNull();
    }

    @Test
    void run_now_runs_the_job_and_records_who_asked() throws Exception {
        long adminId = jdbc.queryForObject("select id from account where username = 'admin'", Long.class);
        JobRunItem run = users.as("admin", () -> jobs.runNow("contract-expiry")).get();
        assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(run.trigger()).isEqualTo(JobTrigger.MANUAL);
        assertThat(run.requestedBy()).isEqualTo("admin");
        assertThat(run.summary()).startsWith("Expired ");
        assertThat(jdbc.queryForObject("select requested_by from job_run where id = ?", Long.class, run.id()))
                .isEqualTo(adminId);
        assertThat(users.as("admin", () -> jobs.list()).stream()
                        .filter(j -> j.name().equals("contract-expiry"))
                        .findFirst()
                        .orElseThrow()
                        .lastRun()
                        .id())
                .isEqualTo(run.id());
        assertThat(jdbc.queryForObject(
                        "select lock_until <= timezone('utc', now()) from shedlock where name = 'contract-expiry'",
                        Boolean.class))
                .as("lock released after the run")
                .isTrue();
    }

    @Test
    void run_now_while_another_node_holds_the_lock_runs_nothing_and_says_so() throws Exception {
        jdbc.update(
                "insert into shedlock (name, lock_until, locked_at, locked_by) values ('probe', timezone('utc', now()) + interval '5 minutes', "
                        + "timezone('utc', now()), 'node-x') on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by");
        assertThat(users.as("admin", jobs::list).stream()
                        .filter(j -> j.name().equals("probe"))
                        .findFirst()
                        .orElseThrow()
                        .lockedBy())
                .isEqualTo("node-x");
        int before = ProbeJob.RUNS_PER_TICK.values().stream()
                .mapToInt(java.util.concurrent.atomic.AtomicInteger::get)
                .sum();

        JobRunItem run = users.as("admin", () -> jobs.runNow("probe")).get();

        assertThat(run.outcome()).isEqualTo(JobOutcome.LOCKED);
        assertThat(run.requestedBy()).isEqualTo("admin");
        assertThat(ProbeJob.RUNS_PER_TICK.values().stream()
                        .mapToInt(java.util.concurrent.atomic.AtomicInteger::get)
                        .sum())
                .isEqualTo(before);
    }

    @Test
    void a_failing_job_is_recorded_as_failed_with_its_reason() throws Exception {
        ProbeJob.failWith = "the vendor API is down";
        JobRunItem run = users.as("admin", () -> jobs.runNow("probe")).get();
        assertThat(run.outcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(run.error()).isEqualTo("IllegalStateException: the vendor API is down");
        assertThat(users.as("admin", () -> jobs.recentRuns("probe", 5))
                        .getFirst()
                        .id())
                .isEqualTo(run.id());
    }

    @Test
    void only_an_admin_sees_or_runs_jobs() {
        for (String user : List.of("manager", "approver", "analyst", "serviceadmin", "productadmin")) {
            assertThatThrownBy(() -> users.as(user, jobs::list)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(user, () -> jobs.runNow("probe")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> users.as("admin", () -> jobs.runNow("no-such-job")))
                .isInstanceOf(NotFoundException.class);
    }
}
