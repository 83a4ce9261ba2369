package io.portalops.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.portalops.PortalOpsApplication;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application contexts on one embedded PostgreSQL, both scheduling the probe job every two seconds: ShedLock
 * lets exactly one of them run each tick, and the other one tries and leaves it.
 */
class JobsOnTwoNodesTest {

    @Test
    void two_app_nodes_on_one_database_run_each_tick_once() {
        try (ConfigurableApplicationContext a = node("node-a"); ConfigurableApplicationContext b = node("node-b")) {
            ProbeJob.RUNS_PER_TICK.clear();
            long skippedBefore = skipped(a) + skipped(b);

            await().atMost(Duration.ofSeconds(40)).until(() -> ProbeJob.RUNS_PER_TICK.size() >= 5);

            Map<Long, Integer> runs = new TreeMap<>();
            ProbeJob.RUNS_PER_TICK.forEach((tick, count) -> runs.put(tick, count.get()));
            long skipped = skipped(a) + skipped(b) - skippedBefore;
            assertThat(runs.values()).as("runs per tick %s", runs).allMatch(count -> count == 1);
            assertThat(skipped).as("ticks the other node tried and left").isGreaterThanOrEqualTo(runs.size() - 1);
            assertThat(a.getBean(JdbcTemplate.class).queryForList(
                    "select distinct node from job_run where job_name = 'probe' and trigger_kind = 'SCHEDULED'", String.class))
                    .isSubsetOf("node-a", "node-b").isNotEmpty();
        } finally {
            ProbeJob.RUNS_PER_TICK.clear();
        }
    }

    private static long skipped(ConfigurableApplicationContext node) {
        return node.getBean(Jobs.class).ticksLeftToOtherNodes();
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(PortalOpsApplication.class)
                .run("--server.port=0", "--portalops.jobs.node-name=" + name, "--portalops.jobs.probe.cron=*/2 * * * * *");
    }

}
