package io.portalops.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.portalops.PortalOpsApplication;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application contexts on one embedded PostgreSQL, both scheduling the probe job every two seconds: ShedLock
 * lets one of them run each tick, and the other one tries and leaves it. Judged by the runs each node recorded, not
 * by wall-clock buckets: a run holds the lock for at least {@link ProbeJob#lockAtLeastFor()}, so no two recorded
 * runs may start closer together than that, whichever node ran them and however late a trigger fired.
 */
class JobsOnTwoNodesTest {

    record Run(String node, Instant startedAt) {
    }

    @Test
    void two_app_nodes_on_one_database_run_each_tick_once() {
        try (ConfigurableApplicationContext a = node("node-a"); ConfigurableApplicationContext b = node("node-b")) {
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            Instant since = Instant.now();
            long skippedBefore = skipped(a) + skipped(b);

            await().atMost(Duration.ofSeconds(40)).until(() -> runs(jdbc, since).size() >= 5);

            List<Run> runs = runs(jdbc, since);
            long skipped = skipped(a) + skipped(b) - skippedBefore;
            Duration held = new ProbeJob().lockAtLeastFor();
            for (int i = 1; i < runs.size(); i++) {
                assertThat(Duration.between(runs.get(i - 1).startedAt(), runs.get(i).startedAt()))
                        .as("runs %s: a run started while the previous one held the lock", runs).isGreaterThanOrEqualTo(held);
            }
            assertThat(skipped).as("ticks the other node tried and left").isGreaterThanOrEqualTo(runs.size() - 1);
            assertThat(runs).extracting(Run::node).isSubsetOf("node-a", "node-b");
        }
    }

    private static List<Run> runs(JdbcTemplate jdbc, Instant since) {
        return jdbc.query("select node, started_at from job_run where job_name = 'probe' and trigger_kind = 'SCHEDULED' "
                        + "and outcome <> 'LOCKED' and started_at >= ? order by started_at",
                (rs, row) -> new Run(rs.getString("node"), rs.getTimestamp("started_at").toInstant()), Timestamp.from(since));
    }

    private static long skipped(ConfigurableApplicationContext node) {
        return node.getBean(Jobs.class).ticksLeftToOtherNodes();
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(PortalOpsApplication.class)
                .run("--server.port=0", "--portalops.jobs.node-name=" + name, "--portalops.jobs.probe.cron=*/2 * * * * *");
    }
}
