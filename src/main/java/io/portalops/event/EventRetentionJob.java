package io.portalops.event;

import io.portalops.jobs.ScheduledJob;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/** Detaches and drops event partitions older than the retention ({@code portalops.events.retention}, 7 years). */
@Component
class EventRetentionJob implements ScheduledJob {

    private final EventPartitions partitions;

    EventRetentionJob(EventPartitions partitions) {
        this.partitions = partitions;
    }

    @Override
    public String name() {
        return "event-partitions-retention";
    }

    @Override
    public String title() {
        return "Drop expired event partitions";
    }

    @Override
    public String description() {
        return "Detaches and drops the months of the event log that are past retention.";
    }

    @Override
    public String defaultCron() {
        return "0 45 2 * * *";
    }

    @Override
    public Duration lockAtMostFor() {
        return Duration.ofMinutes(30);
    }

    @Override
    public String execute(Clock clock) {
        List<String> dropped = partitions.dropExpired(clock);
        return dropped.isEmpty() ? "Nothing past retention" : "Dropped " + String.join(", ", dropped);
    }
}
