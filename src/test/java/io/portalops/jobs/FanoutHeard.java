package io.portalops.jobs;

import static org.awaitility.Awaitility.await;

import io.portalops.shared.fanout.Fanout;
import io.portalops.shared.fanout.FanoutMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** What node b hears on the events and notifications topics from node a, and what node a hears of its own. */
final class FanoutHeard {
    final List<FanoutMessage> messages = new CopyOnWriteArrayList<>();
    final List<FanoutMessage> own = new CopyOnWriteArrayList<>();
    final ConcurrentLinkedQueue<Long> markers = new ConcurrentLinkedQueue<>();
    final List<Fanout.Subscription> subscriptions = new ArrayList<>();

    FanoutHeard(Fanout onB, Fanout onA, String originA) {
        for (String topic : List.of("events", "notifications")) {
            subscriptions.add(onB.listen(topic, m -> {
                if (m.origin().equals(originA)) {
                    messages.add(m);
                }
            }));
            subscriptions.add(onA.listen(topic, m -> {
                if (m.origin().equals(originA)) {
                    own.add(m);
                }
            }));
        }
        subscriptions.add(onB.listen("probe", m -> markers.addAll(m.ids())));
    }

    /**
     * Sends a marker from node a, committed at once, and waits until node b has it: PostgreSQL delivers in commit
     * order, so whatever node a committed before has arrived too. Then forgets what arrived so far.
     */
    void flush(Fanout fromA) {
        long marker = System.nanoTime();
        fromA.send("probe", List.of(marker));
        await().atMost(Duration.ofSeconds(5)).until(() -> markers.contains(marker));
        messages.clear();
    }

    void cancel() {
        subscriptions.forEach(Fanout.Subscription::cancel);
    }
}
