package io.portalops.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A run as a person's page lists it; the counts are of the tasks the caller sees. */
public record RunListItem(
        long id,
        RunKind kind,
        RunStatus status,
        long personId,
        String personName,
        LocalDate targetDate,
        Instant createdAt,
        @Nullable Instant closedAt,
        int tasksClosed,
        int tasks) {

    /** Done, skipped and cancelled tasks over all, 0 to 1. */
    public double progress() {
        return tasks == 0 ? 0 : (double) tasksClosed / tasks;
    }
}
