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
    /**
     * When set, the next run (on whichever node) stays busy until its node begins to shut down, at most this long, so a
     * test can shut that node down while the run is in flight.
     */
    static final java.util.concurrent.atomic.AtomicReference<Duration> HOLD_NEXT =
            new java.util.concurrent.atomic.AtomicReference<>();

    private final java.util.concurrent.CountDownLatch shuttingDown = new java.util.concurrent.CountDownLatch(1);

    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void shuttingDown() {
        shuttingDown.countDown();
    }

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
                // busy until its node begins to shut down (the test closes it meanwhile), at most {@code hold}: the
                // run is in flight when the shutdown starts, which is what the graceful shutdown must wait for
                shuttingDown.await(hold.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
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
