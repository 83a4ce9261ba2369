package io.portalops.shared.fanout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of one node by topic; a failing listener is logged and does not stop the others. */
final class FanoutListeners {

    private static final Logger LOG = LoggerFactory.getLogger(FanoutListeners.class);

    private final Map<String, List<FanoutListener>> byTopic = new ConcurrentHashMap<>();

    Fanout.Subscription add(String topic, FanoutListener listener) {
        List<FanoutListener> listeners =
                byTopic.computeIfAbsent(FanoutPayload.checkTopic(topic), t -> new CopyOnWriteArrayList<>());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void deliver(FanoutMessage message) {
        for (FanoutListener listener : byTopic.getOrDefault(message.topic(), List.of())) {
            try {
                listener.received(message);
            } catch (RuntimeException e) {
                LOG.warn("A fan-out listener of {} failed", message.topic(), e);
            }
        }
    }

    void missed() {
        byTopic.values()
                .forEach(listeners -> listeners.forEach(listener -> {
                    try {
                        listener.missed();
                    } catch (RuntimeException e) {
                        LOG.warn("A fan-out listener failed to catch up", e);
                    }
                }));
    }
}
