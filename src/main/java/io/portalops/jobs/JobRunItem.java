package io.portalops.jobs;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recorded run, for the Jobs screen. */
public record JobRunItem(
        long id,
        String jobName,
        JobTrigger trigger,
        @Nullable String requestedBy,
        String node,
        Instant startedAt,
        @Nullable Instant finishedAt,
        JobOutcome outcome,
        @Nullable String summary,
        @Nullable String error) {

    public @Nullable Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
