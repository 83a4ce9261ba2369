package io.portalops.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Failed sign-ins are audited aggregated (ADR 018): one row at the first refusal of a window, one row with the count
 * of the rest when the window closes, so a flood of refusals cannot grow the append-only audit log without bound.
 */
@SpringBootTest
class FailedSignInAuditTest {

    @Autowired
    FailedSignInAudit audit;

    @Autowired
    LoginFailuresJob job;

    @Autowired
    JdbcTemplate jdbc;

    final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    List<Map<String, Object>> rows(String name) {
        return jdbc.queryForList(
                "select (details ->> 'failures')::int as failures, details ->> 'windowStart' as window_start "
                        + "from audit_log where action = 'auth.login_failed' and actor_name = ? order by seq",
                name);
    }

    @Test
    void two_hundred_parallel_refusals_of_one_name_in_a_window_make_two_audit_rows_that_count_all_of_them()
            throws Exception {
        String name = "flood-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    go.await();
                    audit.refused(null, name, "198.51.100.9", start.plusMillis(n));
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(rows(name))
                .as("only the first refusal, at once")
                .hasSize(1)
                .first()
                .satisfies(row -> assertThat(row).containsEntry("failures", 1));

        job.execute(Clock.fixed(start.plus(Duration.ofMinutes(15)).plusSeconds(1), ZoneOffset.UTC));

        List<Map<String, Object>> rows = rows(name);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsEntry("failures", 199);
        assertThat(Instant.parse((String) rows.get(1).get("window_start")))
                .as("the first refusal that arrived")
                .isBetween(start, start.plusMillis(199));
        assertThat(jdbc.queryForObject(
                        "select count(*) from login_failure_window where typed_name = ?", Integer.class, name))
                .isZero();
    }

    @Test
    void a_refusal_after_the_window_closed_audits_the_old_window_and_opens_a_new_one() {
        String name = "late-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            audit.refused(null, name, "198.51.100.10", start.plusSeconds(i));
        }

        audit.refused(null, name, "198.51.100.10", start.plus(Duration.ofMinutes(20)));

        assertThat(rows(name)).extracting(row -> row.get("failures")).containsExactly(1, 2, 1);
    }

    @Test
    void a_single_typo_is_one_row_and_its_closed_window_adds_none() {
        String name = "typo-" + UUID.randomUUID();
        audit.refused(null, name, "198.51.100.11", start);

        job.execute(Clock.fixed(start.plus(Duration.ofMinutes(16)), ZoneOffset.UTC));

        assertThat(rows(name)).hasSize(1);
    }

    @Test
    void refusals_of_one_account_share_a_window_whatever_case_the_name_was_typed_in() {
        long account = jdbc.queryForObject("select id from account where username = 'auditor'", Long.class);
        String marker = UUID.randomUUID().toString();
        jdbc.update("delete from login_failure_window where subject = ?", "account:" + account);
        audit.refused(account, "auditor", marker, start);
        audit.refused(account, "AUDITOR", marker, start.plusSeconds(1));
        audit.refused(account, "Auditor", marker, start.plusSeconds(2));

        job.execute(Clock.fixed(start.plus(Duration.ofMinutes(16)), ZoneOffset.UTC));

        assertThat(jdbc.queryForList(
                        "select (details ->> 'failures')::int from audit_log where action = 'auth.login_failed' "
                                + "and target_id = ? and ? in (details ->> 'address', details ->> 'lastAddress') order by seq",
                        Integer.class,
                        Long.toString(account),
                        marker))
                .containsExactly(1, 2);
    }
}
