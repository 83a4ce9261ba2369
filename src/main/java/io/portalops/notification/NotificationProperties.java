package io.portalops.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notifications (ADR 012).
 *
 * @param outbox the email outbox
 */
@Validated
@ConfigurationProperties("portalops.notifications")
record NotificationProperties(@DefaultValue @Valid Outbox outbox) {

    /**
     * @param batchSize   messages one round of the sender claims
     * @param maxAttempts attempts before a message is given up as failed
     * @param lease       how long a claimed message stays with its sender before another may claim it
     * @param backoff     the wait after the first failed attempt; it doubles with each further one
     * @param maxBackoff  the longest wait between attempts
     */
    record Outbox(
            @DefaultValue("50") @Positive int batchSize,
            @DefaultValue("8") @Positive int maxAttempts,
            @DefaultValue("5m") Duration lease,
            @DefaultValue("1m") Duration backoff,
            @DefaultValue("6h") Duration maxBackoff) {

        Outbox {
            if (!lease.isPositive() || !backoff.isPositive() || maxBackoff.compareTo(backoff) < 0) {
                throw new IllegalArgumentException(
                        "portalops.notifications.outbox: lease and backoff must be positive, "
                                + "and max-backoff not shorter than backoff");
            }
        }
    }
}
