package io.portalops.notification;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Thin schedulers for the outbox sender and the daily digest; the logic is in {@link OutboxSender} and {@link DigestJob}. */
@Component
@ConditionalOnProperty(name = "portalops.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class NotificationSchedulers {

    private final OutboxSender sender;
    private final DigestJob digest;
    private final Clock clock;

    NotificationSchedulers(OutboxSender sender, DigestJob digest, Clock clock) {
        this.sender = sender;
        this.digest = digest;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portalops.notifications.outbox.send-interval:PT30S}",
            initialDelayString = "${portalops.notifications.outbox.send-interval:PT30S}")
    @SchedulerLock(name = "mail-outbox-send", lockAtMostFor = "PT10M")
    void sendOutbox() {
        sender.run(clock);
    }

    @Scheduled(cron = "${portalops.notifications.digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT30M")
    void sendDigests() {
        digest.run(clock);
    }
}
