package io.portalops.notification;

import io.portalops.jobs.ScheduledJob;
import io.portalops.security.AccountContact;
import io.portalops.security.AccountService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: one email per account with the notifications it wants in the digest and has not received in one
 * yet. Each account is one transaction that queues the email in the outbox and marks its notifications as sent, so a
 * second run the same day finds nothing and sends nothing. An account without an email address has its digest
 * notifications marked all the same: they stay in the app.
 */
@Service
class DigestJob implements ScheduledJob {

    /** What one run did. */
    public record Outcome(int emails, int notifications) {}

    static final int MAX_PER_DIGEST = 200;
    private static final int MAX_RECIPIENTS = 1000;

    private final NotificationStore store;
    private final OutboxStore outbox;
    private final MailTemplates templates;
    private final AccountService accounts;
    private final TransactionTemplate transaction;

    DigestJob(
            NotificationStore store,
            OutboxStore outbox,
            MailTemplates templates,
            AccountService accounts,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.outbox = outbox;
        this.templates = templates;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public String name() {
        return "notification-digest";
    }

    @Override
    public String title() {
        return "Daily digest";
    }

    @Override
    public String description() {
        return "Emails each user one digest of the notifications they chose to receive daily.";
    }

    @Override
    public String defaultCron() {
        return "0 0 7 * * *";
    }

    @Override
    public Duration lockAtMostFor() {
        return Duration.ofMinutes(30);
    }

    @Override
    public String execute(Clock clock) {
        Outcome outcome = run(clock);
        return "Sent " + outcome.emails() + " digests of " + outcome.notifications() + " notifications";
    }

    public Outcome run(Clock clock) {
        int emails = 0;
        int notifications = 0;
        List<Long> recipients = transaction.execute(status -> store.digestRecipients(MAX_RECIPIENTS));
        for (long recipient : recipients == null ? List.<Long>of() : recipients) {
            int[] done = transaction.execute(status -> digestOf(recipient, clock.instant()));
            if (done != null) {
                emails += done[0];
                notifications += done[1];
            }
        }
        return new Outcome(emails, notifications);
    }

    private int[] digestOf(long recipient, Instant now) {
        List<NotificationItem> due = store.digestDue(recipient, MAX_PER_DIGEST);
        if (due.isEmpty()) {
            return new int[] {0, 0};
        }
        AccountContact contact = accounts.contacts(Set.of(recipient)).get(recipient);
        int emails = 0;
        if (contact != null && contact.email() != null && !contact.email().isBlank()) {
            // keyed by the newest notification it carries: a digest is never queued twice, a later one always is
            long newest = due.getLast().id();
            if (outbox.enqueue(
                    "digest:" + recipient + ":" + newest,
                    recipient,
                    contact.email(),
                    templates.digest(contact.displayName(), due),
                    now)) {
                emails = 1;
            }
        }
        store.markDigested(due.stream().map(NotificationItem::id).toList(), now);
        return new int[] {emails, due.size()};
    }
}
