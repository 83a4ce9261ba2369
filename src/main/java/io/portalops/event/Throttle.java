package io.portalops.event;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an action at most once per interval however often it is signalled, and never loses a signal: one that
 * arrives while a run is scheduled joins it, one that arrives during or after a run schedules the next one, at the
 * earliest one interval after the previous run started. Thread-safe; the action runs on the scheduler's threads.
 */
final class Throttle {

    /** Runs a task after a delay; in production a ScheduledExecutorService, in tests a hand-driven queue. */
    interface Scheduler {
        void schedule(Runnable task, long delayNanos);
    }

    private static final Logger LOG = LoggerFactory.getLogger(Throttle.class);

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Scheduler scheduler;
    private final Runnable action;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean ran;
    private volatile long lastRun;
    private volatile boolean cancelled;

    Throttle(long intervalNanos, LongSupplier nanoTime, Scheduler scheduler, Runnable action) {
        this.intervalNanos = intervalNanos;
        this.nanoTime = nanoTime;
        this.scheduler = scheduler;
        this.action = action;
    }

    void signal() {
        if (cancelled || !pending.compareAndSet(false, true)) {
            return;
        }
        long wait = ran ? Math.max(0, lastRun + intervalNanos - nanoTime.getAsLong()) : 0;
        scheduler.schedule(this::fire, wait);
    }

    void cancel() {
        cancelled = true;
    }

    private void fire() {
        if (cancelled) {
            return;
        }
        lastRun = nanoTime.getAsLong();
        ran = true;
        // cleared before the run, so that a signal arriving during it schedules the next run rather than being lost
        pending.set(false);
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("A throttled action failed; the next signal runs it again", e);
        }
    }
}
