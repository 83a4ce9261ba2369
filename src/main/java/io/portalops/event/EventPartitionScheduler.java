package io.portalops.event;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Thin schedulers for the partition jobs; the logic is in {@link EventPartitions}. */
@Component
@ConditionalOnProperty(name = "portalops.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class EventPartitionScheduler {

    private final EventPartitions partitions;
    private final Clock clock;

    EventPartitionScheduler(EventPartitions partitions, Clock clock) {
        this.partitions = partitions;
        this.clock = clock;
    }

    @Scheduled(cron = "${portalops.events.partitions.cron:0 15 2 * * *}")
    @SchedulerLock(name = "event-partitions-create", lockAtMostFor = "PT10M")
    void createAhead() {
        partitions.createAhead(clock);
    }

    @Scheduled(cron = "${portalops.events.retention-cron:0 45 2 * * *}")
    @SchedulerLock(name = "event-partitions-retention", lockAtMostFor = "PT30M")
    void dropExpired() {
        partitions.dropExpired(clock);
    }
}
