package io.portalops.notification;

import io.portalops.shared.fanout.Fanout;
import io.portalops.shared.fanout.FanoutListener;
import io.portalops.shared.fanout.FanoutMessage;
import jakarta.annotation.PreDestroy;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells each account's open bells that its notifications changed, after the commit only (as the event log's live
 * tail does, ADR 010): a bell never counts a notification that a rollback takes back. The signal carries nothing; the
 * bell reads its own user's count. Calls run on one background thread, so the acting request does not wait for them.
 * Bells open on other app nodes hear of it through the {@link Fanout} (ADR 047): account ids only.
 */
@Component
class NotificationSignals {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSignals.class);

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("notification-signals").daemon().factory());
    private final Fanout fanout;

    /** The fan-out topic: the ids are the accounts whose notifications changed. */
    static final String TOPIC = "notifications";

    NotificationSignals(Fanout fanout) {
        this.fanout = fanout;
        fanout.listen(TOPIC, new FanoutListener() {
            @Override
            public void received(FanoutMessage message) {
                signal(message.ids());
            }

            @Override
            public void missed() {
                signal(listeners.keySet());
            }
        });
    }

    NotificationInbox.Subscription subscribe(long accountId, Runnable onChange) {
        listeners
                .computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet())
                .add(onChange);
        return () -> listeners.computeIfPresent(accountId, (id, set) -> {
            set.remove(onChange);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NotificationsChanged changed) {
        signal(changed.accountIds());
    }

    /** Inside the changing transaction, so other nodes hear of it only on commit; this node's bells hear {@link #on}. */
    @EventListener
    void tellOtherNodes(NotificationsChanged changed) {
        fanout.send(TOPIC, changed.accountIds());
    }

    private void signal(Collection<Long> accountIds) {
        for (Long accountId : accountIds) {
            for (Runnable listener : listeners.getOrDefault(accountId, Set.of())) {
                executor.execute(() -> {
                    try {
                        listener.run();
                    } catch (RuntimeException e) {
                        LOG.warn("A notification bell could not be updated", e);
                    }
                });
            }
        }
    }

    int listenerCount(long accountId) {
        return listeners.getOrDefault(accountId, Set.of()).size();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
