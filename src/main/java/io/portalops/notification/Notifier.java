package io.portalops.notification;

import io.portalops.security.AccountContact;
import io.portalops.security.AccountService;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to notify accounts, for every module: call {@link #notify(NotificationRequest)} inside the transaction
 * of the action or job that causes it. Each recipient gets an in-app notification (their bell counts it, live) and,
 * as they prefer for the cause, an email queued in the outbox at once, a line in their daily digest, or nothing more.
 * Everything is written in the caller's transaction: a rollback takes the notification and its email back.
 *
 * <p>No caller check: the calling service has already decided who may hear of what. Views never call this.
 *
 * <pre>{@code
 * notifier.notify(new NotificationRequest(NotificationCause.PAYMENT_RENEWAL, Set.of(adminId),
 *         "Slack renews on 1 Dec 2026", "Cancel by 1 Nov 2026 if you do not want it.", "payments/42",
 *         "payment-renewal:42:2026-12-01"));
 * }</pre>
 */
@Service
public class Notifier {

    private final NotificationStore store;
    private final OutboxStore outbox;
    private final MailTemplates templates;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(
            NotificationStore store,
            OutboxStore outbox,
            MailTemplates templates,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.templates = templates;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Notifies the request's recipients, at most once per recipient and dedup key: a repeated request creates nothing.
     * Needs a running transaction (the caller's). Recipients that do not exist or are disabled are skipped; one without
     * an email address gets the in-app notification only.
     *
     * @return how many notifications were created (0 when every recipient already had this one)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notify(NotificationRequest request) {
        Map<Long, AccountContact> contacts = accounts.contacts(request.recipientIds());
        Map<Long, Delivery> chosen = store.preferences(contacts.keySet(), request.cause());
        Set<Long> notified = new HashSet<>();
        for (AccountContact contact : contacts.values()) {
            Delivery delivery =
                    chosen.getOrDefault(contact.id(), request.cause().defaultDelivery());
            Optional<Long> created = store.insert(contact.id(), request, delivery, clock.instant());
            if (created.isEmpty()) {
                continue;
            }
            notified.add(contact.id());
            if (delivery == Delivery.IMMEDIATE
                    && contact.email() != null
                    && !contact.email().isBlank()) {
                outbox.enqueue(
                        request.dedupKey() + ":" + contact.id(),
                        contact.id(),
                        contact.email(),
                        templates.notification(contact.displayName(), request),
                        clock.instant());
            }
        }
        if (!notified.isEmpty()) {
            events.publishEvent(new NotificationsChanged(Set.copyOf(notified)));
        }
        return notified.size();
    }
}
