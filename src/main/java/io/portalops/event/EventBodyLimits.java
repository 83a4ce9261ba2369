package io.portalops.event;

import io.portalops.shared.web.PathBodyLimit;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/** The API body limits of events: one event at the payload limit plus its envelope, a batch room for the most events. */
@Component
class EventBodyLimits implements PathBodyLimit {

    /** Room per event for its envelope (source, ids, type, times, references) and JSON escaping. */
    static final long ENVELOPE = 4096;

    private final long event;
    private final long batch;

    EventBodyLimits(EventProperties properties) {
        this.event = properties.maxPayloadBytes() + ENVELOPE;
        this.batch = EventIngestion.MAX_BATCH * event;
    }

    @Override
    public OptionalLong maxBytes(String path) {
        if (path.endsWith("/api/events/batch")) {
            return OptionalLong.of(batch);
        }
        if (path.endsWith("/api/events")) {
            return OptionalLong.of(event);
        }
        return OptionalLong.empty();
    }
}
