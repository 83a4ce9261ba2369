package io.portalops.review;

import io.portalops.inventory.SaasAdmins;
import io.portalops.jobs.ScheduledJob;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationRequest;
import io.portalops.notification.Notifier;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, for each running campaign: from {@code portalops.review.reminder-days} days before the due date, a
 * reminder to every reviewer with undecided items; after the due date, an escalation to the admins of the services
 * with work left (undecided items or open revoke tasks) and to every ADMIN, repeated every
 * {@code escalation-interval-days}. Dedup keys make a second run on the same day send nothing.
 */
@Component
class ReviewReminderJob implements ScheduledJob {

    private final AccessReviewRepository reviews;
    private final ReviewProgressQueries progress;
    private final SaasAdmins saasAdmins;
    private final AccountService accounts;
    private final Notifier notifier;
    private final TransactionTemplate transaction;
    private final ReviewProperties properties;

    ReviewReminderJob(
            AccessReviewRepository reviews,
            ReviewProgressQueries progress,
            SaasAdmins saasAdmins,
            AccountService accounts,
            Notifier notifier,
            TransactionTemplate transaction,
            ReviewProperties properties) {
        this.reviews = reviews;
        this.progress = progress;
        this.saasAdmins = saasAdmins;
        this.accounts = accounts;
        this.notifier = notifier;
        this.transaction = transaction;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "access-review-reminders";
    }

    @Override
    public String title() {
        return "Access review reminders";
    }

    @Override
    public String description() {
        return "Reminds reviewers of undecided items from " + properties.reminderDays()
                + " days before a campaign's due date, and escalates an overdue campaign to its service admins and ADMIN.";
    }

    @Override
    public String defaultCron() {
        return "0 45 6 * * *";
    }

    @Override
    public String execute(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        int[] sent = new int[2];
        for (AccessReview review : reviews.findByStatusOrderByDueDateAscIdAsc(CampaignStatus.RUNNING)) {
            long daysLeft = ChronoUnit.DAYS.between(today, review.getDueDate());
            if (daysLeft >= 0 && daysLeft <= properties.reminderDays()) {
                sent[0] += transaction.execute(tx -> remind(review, daysLeft, today));
            } else if (daysLeft < 0 && (-daysLeft - 1) % properties.escalationIntervalDays() == 0) {
                sent[1] += transaction.execute(tx -> escalate(review, -daysLeft, today));
            }
        }
        return "Sent " + ReviewWording.count(sent[0], "reminder", "reminders") + " and "
                + ReviewWording.count(sent[1], "escalation", "escalations");
    }

    private int remind(AccessReview review, long daysLeft, LocalDate today) {
        Set<Long> reviewers = progress.reviewersWithUndecided(review.getId());
        if (reviewers.isEmpty()) {
            return 0;
        }
        String when = daysLeft == 0 ? "today" : daysLeft == 1 ? "tomorrow" : "in " + daysLeft + " days";
        return notifier.notify(new NotificationRequest(
                NotificationCause.REVIEW_REMINDER,
                reviewers,
                abbreviate("Access review due " + when + ": " + review.getTitle()),
                "You still have access to decide in this review, due " + review.getDueDate() + ".",
                "access-reviews/" + review.getId(),
                "review-reminder:" + review.getId() + ":" + today));
    }

    private int escalate(AccessReview review, long daysOverdue, LocalDate today) {
        Set<Long> recipients = new HashSet<>();
        progress.servicesWithOpenWork(review.getId()).forEach(s -> recipients.addAll(saasAdmins.ofServiceUnscoped(s)));
        accounts.withRole(Role.ADMIN).stream().map(AccountSummary::id).forEach(recipients::add);
        ReviewProgressQueries.Counts counts = progress.counts(review.getId(), -1);
        return notifier.notify(new NotificationRequest(
                NotificationCause.REVIEW_ESCALATION,
                recipients,
                abbreviate("Access review overdue: " + review.getTitle()),
                "Due " + review.getDueDate() + " (" + ReviewWording.count(daysOverdue, "day", "days") + " ago): "
                        + ReviewWording.count(counts.items() - counts.decided(), "access", "accesses")
                        + " undecided, " + ReviewWording.count(counts.openTasks(), "revoke task", "revoke tasks")
                        + " open.",
                "access-reviews/" + review.getId(),
                "review-escalation:" + review.getId() + ":" + today));
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
