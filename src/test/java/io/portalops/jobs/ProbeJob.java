package io.portalops.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * A job for the tests only: off unless {@code portalops.jobs.probe.cron} is set. It counts its runs per two-second
 * tick (shared by every context in the test JVM) and fails on request.
 */
@Component
public class ProbeJob implements ScheduledJob {

    static final Map<Long, AtomicInteger> RUNS_PER_TICK = new ConcurrentHashMap<>();
    static volatile String failWith;
    /** When set, the next run (on whichever node) takes this long, so a test can shut its node down meanwhile. */
    static final java.util.concurrent.atomic.AtomicReference<Duration> HOLD_NEXT =
            new java.util.concurrent.atomic.AtomicReference<>();

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public String title() {
        return "Probe (tests)";
    }

    @Override
    public String description() {
        return "Counts its runs per tick.";
    }

    @Override
    public String defaultCron() {
        return "-";
    }

    /** Long enough that a node whose trigger fires late in the same two-second tick is still refused. */
    @Override
    public Duration lockAtLeastFor() {
        return Duration.ofMillis(1500);
    }

    @Override
    public String execute(Clock clock) {
        String failure = failWith;
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        Duration hold = HOLD_NEXT.getAndSet(null);
        if (hold != null) {
            try {
                // the held run's work itself (a job busy for this long), not a wait for some condition: the test shuts
                // the node down meanwhile and waits on the job's record with Awaitility
                Thread.sleep(hold);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while held", e);
            }
            return "Held " + hold;
        }
        long tick = Instant.now().getEpochSecond() / 2;
        return "Tick " + tick + " run "
                + RUNS_PER_TICK.computeIfAbsent(tick, t -> new AtomicInteger()).incrementAndGet();
    }
}
