package io.portalops.dashboard;

import io.portalops.contract.ContractFigures;
import io.portalops.event.EventFigures;
import io.portalops.jobs.ScheduledJob;
import io.portalops.payment.PaymentFigures;
import io.portalops.workflow.WorkflowFigures;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every rollup view the dashboard reads, one group per owning module, and records when. Each view is
 * refreshed concurrently, so dashboards keep reading the previous figures meanwhile.
 */
@Component
public class DashboardRefreshJob implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(DashboardRefreshJob.class);

    private final Map<String, Runnable> groups = new LinkedHashMap<>();
    private final DashboardFreshness freshness;

    DashboardRefreshJob(
            ContractFigures contracts,
            EventFigures events,
            PaymentFigures payments,
            WorkflowFigures tasks,
            DashboardFreshness freshness) {
        groups.put("contracts", contracts::refresh);
        groups.put("events", events::refresh);
        groups.put("payments", payments::refresh);
        groups.put("tasks", tasks::refresh);
        this.freshness = freshness;
    }

    int groupCount() {
        return groups.size();
    }

    @Override
    public String name() {
        return "dashboard-refresh";
    }

    @Override
    public String title() {
        return "Refresh dashboard figures";
    }

    @Override
    public String description() {
        return "Rebuilds the pre-aggregated contract, event, payment and task figures the dashboard shows.";
    }

    @Override
    public String defaultCron() {
        return "0 */2 * * * *";
    }

    @Override
    public Duration lockAtLeastFor() {
        return Duration.ofSeconds(20);
    }

    @Override
    public String execute(Clock clock) {
        StringJoiner took = new StringJoiner(", ", "Refreshed dashboard figures (", ")");
        groups.forEach((name, refresh) -> {
            long started = System.nanoTime();
            refresh.run();
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            freshness.record(name, clock.instant(), millis);
            took.add(name + " " + millis + " ms");
        });
        log.info("{}", took);
        return took.toString();
    }
}
