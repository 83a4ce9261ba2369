package io.portalops.event;

import io.portalops.contract.ContractTimelineSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The events reported about a contract join its timeline (the latest 100). */
@Component
class ContractEventsTimeline implements ContractTimelineSource {

    static final int LATEST = 100;

    private final EventLog events;

    ContractEventsTimeline(EventLog events) {
        this.events = events;
    }

    @Override
    public List<Entry> entriesFor(long contractId) {
        return events.search(new EventFilter(null, contractId, null, null, null, null), null, LATEST).items().stream()
                .map(e -> new Entry(
                        e.occurredAt(),
                        "Event " + e.type(),
                        "from " + e.source() + ": " + e.payload().replaceAll("\\s+", " ")))
                .toList();
    }
}
