package io.portalops.event;

import io.portalops.shared.fanout.Fanout;
import io.portalops.shared.fanout.FanoutListener;
import io.portalops.shared.fanout.FanoutMessage;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells whoever watches the event log that new events have committed: the live tail of the Event Log view. Each
 * subscriber is called at most once per interval (one second by default) however many events arrive, on a
 * background thread; the call carries nothing, so the subscriber reads the log again with its own filters and scope.
 * Events committed on another app node arrive through the {@link Fanout} (ADR 047) and signal the same way.
 */
@Service
public class LiveEvents {

    /** Ends a subscription; calling it twice is harmless. */
    public interface Subscription {
        void cancel();
    }

    private final Set<Throttle> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(
            1, Thread.ofPlatform().name("live-events-", 0).daemon().factory());
    private final long intervalNanos;

    private final Fanout fanout;

    LiveEvents(EventProperties properties, Fanout fanout) {
        this.intervalNanos = properties.liveInterval().toNanos();
        this.fanout = fanout;
        fanout.listen(TOPIC, new FanoutListener() {
            @Override
            public void received(FanoutMessage message) {
                signalAll();
            }

            @Override
            public void missed() {
                signalAll();
            }
        });
    }

    /** The fan-out topic of committed events; it carries no ids: every live tail reads again with its own filter. */
    static final String TOPIC = "events";

    /** Calls {@code onNewEvents} on a background thread after events commit, at most once per interval. */
    @PreAuthorize("hasAnyRole('ADMIN','ANALYST','ACCOUNT_MANAGER','APPROVER')")
    public Subscription subscribe(Runnable onNewEvents) {
        Throttle throttle = new Throttle(
                intervalNanos,
                System::nanoTime,
                (task, delay) -> scheduler.schedule(task, delay, TimeUnit.NANOSECONDS),
                onNewEvents);
        subscribers.add(throttle);
        return () -> {
            throttle.cancel();
            subscribers.remove(throttle);
        };
    }

    /** After the commit only: a listener must never see events that a rollback then takes back. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(EventsIngested ingested) {
        signalAll();
    }

    /**
     * Inside the storing transaction: PostgreSQL delivers the notification to the other nodes only if it commits. This
     * node's own subscribers hear of it from {@link #on} instead, so nothing is signalled twice here.
     */
    @EventListener
    void tellOtherNodes(EventsIngested ingested) {
        fanout.send(TOPIC, List.of());
    }

    private void signalAll() {
        subscribers.forEach(Throttle::signal);
    }

    int subscriberCount() {
        return subscribers.size();
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
