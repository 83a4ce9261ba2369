package io.portalops.jobs;

import java.time.Clock;
import java.time.Duration;

/**
 * A time-based rule that runs on a schedule, once per tick across all app nodes. Modules implement it as a Spring
 * bean; {@link JobScheduler} registers every bean with its cron, and {@link JobRunner} runs it under a ShedLock lock
 * (database time) and records the run. The logic is {@link #execute(Clock)}: a plain method that tests call with a
 * fixed clock.
 */
public interface ScheduledJob {

    /** Stable id: the lock name, the key of {@code portalops.jobs.<name>.cron} and of the run history. */
    String name();

    /** What an admin reads on the Jobs screen. */
    String title();

    String description();

    /** Spring cron (six fields), used unless {@code portalops.jobs.<name>.cron} overrides it ("-" switches it off). */
    String defaultCron();

    /** Runs the job and says what it did, e.g. "Activated 3 contracts"; throws to report a failure. */
    String execute(Clock clock);

    /** A crashed node's lock is released after this long. */
    default Duration lockAtMostFor() {
        return Duration.ofMinutes(10);
    }

    /**
     * The lock is held at least this long, so that a node whose clock is a little behind does not run the same tick
     * again once the first node has finished. Keep it below the shortest interval of the cron.
     */
    default Duration lockAtLeastFor() {
        return Duration.ofSeconds(30);
    }
}
