package io.portalops.shared.fanout;

import java.util.Collection;

/**
 * Signals to the other app nodes. A signal carries a topic and ids only, never content: a receiver reads what it shows
 * again with its own user's scope. The node that sends a signal does not receive it (it has its own in-node path), so
 * nothing is pushed twice there.
 */
public interface Fanout {

    /** Ends a subscription; calling it twice is harmless. */
    interface Subscription {
        void cancel();
    }

    /**
     * Sends {@code ids} on {@code topic} to every other node when the current transaction commits, and never when it
     * rolls back; at once without a transaction. Many ids are split into several messages.
     *
     * @param topic lower-case letters, digits, dots and dashes
     */
    void send(String topic, Collection<Long> ids);

    /** Calls {@code listener} for each message on {@code topic} from another node, on the fan-out's own thread. */
    Subscription listen(String topic, FanoutListener listener);
}
