package io.portalops.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A job as the Jobs screen shows it.
 *
 * @param cron     the effective schedule, or null when switched off
 * @param lastRun  the newest run that did run (a refused "run now" is not a run)
 * @param lockedBy the node holding the lock now, or null when free
 */
public record JobStatus(
        String name,
        String title,
        String description,
        @Nullable String cron,
        @Nullable Instant nextRun,
        @Nullable JobRunItem lastRun,
        @Nullable String lockedBy,
        @Nullable Instant lockedUntil) {

    public boolean enabled() {
        return cron != null;
    }
}
