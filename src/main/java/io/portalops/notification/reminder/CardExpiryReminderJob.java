package io.portalops.notification.reminder;

import io.portalops.inventory.SaasAdmins;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationRequest;
import io.portalops.payment.CardExpiryReminder;
import io.portalops.payment.PaymentReminders;
import io.portalops.shared.jobs.ScheduledJob;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reminds a service's admins (or the admins) 30 and 7 days before the card that pays a product expires
 * ({@code portalops.reminders.card-expiry-days}). Only they may see a card's expiry (ADR 009), so only they hear of it.
 */
@Component
class CardExpiryReminderJob implements ScheduledJob {

    private final PaymentReminders payments;
    private final SaasAdmins saasAdmins;
    private final Reminders reminders;
    private final List<Integer> days;

    CardExpiryReminderJob(PaymentReminders payments, SaasAdmins saasAdmins, Reminders reminders,
            @Value("${portalops.reminders.card-expiry-days:30,7}") String days) {
        this.payments = payments;
        this.saasAdmins = saasAdmins;
        this.reminders = reminders;
        this.days = Reminders.days(days);
    }

    @Override
    public String name() {
        return "card-expiry-reminders";
    }

    @Override
    public String title() {
        return "Card expiry reminders";
    }

    @Override
    public String description() {
        return "Tells service admins " + days + " days before a paying card expires.";
    }

    @Override
    public String defaultCron() {
        return "0 5 6 * * *";
    }

    @Override
    public String execute(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        int cards = 0;
        int sent = 0;
        for (int day : days) {
            for (CardExpiryReminder card : payments.cardsExpiringIn(day, today)) {
                cards++;
                String which = card.brand() + " ending " + card.last4();
                sent += reminders.send(new NotificationRequest(NotificationCause.CARD_EXPIRY,
                        reminders.orAdmins(saasAdmins.ofServiceUnscoped(card.serviceId())),
                        "Card " + which + " for " + card.productLabel() + " expires " + PaymentRenewalReminderJob.inDays(day),
                        "The " + which + " that pays " + card.productLabel() + " is valid until " + card.lastValidDay()
                                + ". Give the vendor a new card before then, and update the payment record.",
                        "payments/" + card.billingRecordId(),
                        "card-expiry:" + card.billingRecordId() + ":" + card.lastValidDay() + ":" + day));
            }
        }
        return "Sent " + sent + " reminders about " + cards + " cards";
    }
}
