package io.portalops.event;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up the partitions around now must exist before the first event arrives or the demo data is written. */
@Component
@Order(5)
class EventStartup implements ApplicationRunner {

    private final EventPartitions partitions;
    private final Clock clock;

    EventStartup(EventPartitions partitions, Clock clock) {
        this.partitions = partitions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        partitions.createAhead(clock);
    }
}
