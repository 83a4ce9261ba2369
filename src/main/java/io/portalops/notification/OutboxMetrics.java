package io.portalops.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.portalops.shared.ops.CachedGauge;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The outbox's meters (docs/ops/observability.md): the backlog (PENDING or SENDING) and its oldest message's age as
 * cached gauges, and the sender's outcomes as {@code portalops_mail_outbox_messages_total} by outcome (sent, retried,
 * failed). The gauges read the outbox's partial indexes at most every 30 s.
 */
@Component
class OutboxMetrics {

    private final Counter sent;
    private final Counter retried;
    private final Counter failed;

    OutboxMetrics(MeterRegistry meters, OutboxStore store, Clock clock) {
        CachedGauge.register(
                meters,
                "portalops.mail.outbox.backlog",
                "Outbox messages waiting to be sent",
                null,
                Tags.empty(),
                clock,
                store::backlog);
        CachedGauge.register(
                meters,
                "portalops.mail.outbox.oldest.age",
                "Age of the oldest message waiting in the outbox",
                "seconds",
                Tags.empty(),
                clock,
                () -> store.oldestWaitingSeconds(clock.instant()));
        sent = outcome(meters, "sent");
        retried = outcome(meters, "retried");
        failed = outcome(meters, "failed");
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder("portalops.mail.outbox.messages")
                .description("Outbox send attempts, by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }

    void sent() {
        sent.increment();
    }

    void retried() {
        retried.increment();
    }

    void failed() {
        failed.increment();
    }
}
