package io.portalops.notification;

import java.time.Clock;
import org.springframework.context.ApplicationContext;

/** Runs a context's outbox sender until a run sends nothing, for tests outside this package. */
public final class OutboxDrain {

    private OutboxDrain() {}

    /** The number of messages the context's sender sent. */
    public static int drain(ApplicationContext context, Clock clock) {
        OutboxSender sender = context.getBean(OutboxSender.class);
        int sent = 0;
        for (OutboxSender.Outcome outcome = sender.run(clock); outcome.sent() > 0; outcome = sender.run(clock)) {
            sent += outcome.sent();
        }
        return sent;
    }
}
