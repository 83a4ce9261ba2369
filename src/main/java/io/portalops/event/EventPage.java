package io.portalops.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the event log, newest first; {@code next} is null on the last page. */
public record EventPage(List<EventListItem> items, @Nullable EventCursor next) {

    public EventPage {
        items = List.copyOf(items);
    }
}
