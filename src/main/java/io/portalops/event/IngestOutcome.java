package io.portalops.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What happened to one submitted event: stored, recognised as a duplicate, or rejected with reasons. */
public record IngestOutcome(Status status, @Nullable Long id, List<String> reasons) {

    public enum Status {
        ACCEPTED,
        DUPLICATE,
        REJECTED
    }

    static IngestOutcome accepted(long id) {
        return new IngestOutcome(Status.ACCEPTED, id, List.of());
    }

    static IngestOutcome duplicate() {
        return new IngestOutcome(Status.DUPLICATE, null, List.of());
    }

    static IngestOutcome rejected(List<String> reasons) {
        return new IngestOutcome(Status.REJECTED, null, List.copyOf(reasons));
    }
}
