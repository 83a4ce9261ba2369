package io.portalops.shared.fanout;

import java.util.Collection;

/** {@code portalops.fanout.transport=none}: one node, so every push already happens on it and nothing leaves. */
final class NoFanout implements Fanout {

    @Override
    public void send(String topic, Collection<Long> ids) {
        FanoutPayload.checkTopic(topic);
    }

    @Override
    public Subscription listen(String topic, FanoutListener listener) {
        FanoutPayload.checkTopic(topic);
        return () -> {};
    }
}
