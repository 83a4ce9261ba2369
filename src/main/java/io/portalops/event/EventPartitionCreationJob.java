package io.portalops.event;

import io.portalops.jobs.ScheduledJob;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Creates next months' event partitions ahead of time, so that no event ever waits for DDL. */
@Component
class EventPartitionCreationJob implements ScheduledJob {

    private final EventPartitions partitions;

    EventPartitionCreationJob(EventPartitions partitions) {
        this.partitions = partitions;
    }

    @Override
    public String name() {
        return "event-partitions-create";
    }

    @Override
    public String title() {
        return "Create event partitions";
    }

    @Override
    public String description() {
        return "Creates the monthly partitions of the event log ahead of time.";
    }

    @Override
    public String defaultCron() {
        return "0 15 2 * * *";
    }

    @Override
    public String execute(Clock clock) {
        List<String> created = partitions.createAhead(clock);
        return created.isEmpty() ? "All partitions already existed" : "Created " + String.join(", ", created);
    }
}
