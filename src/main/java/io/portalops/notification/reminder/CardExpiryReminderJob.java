package io.portalops.notification.reminder;

import io.portalops.inventory.SaasAdmins;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationRequest;
import io.portalops.payment.CardExpiryReminder;
import io.portalops.payment.PaymentReminders;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reminds a service's admins (or the admins) 30 and 7 days before the card that pays a product expires
 * ({@code portalops.reminders.card-expiry-days}). Only they may see a card's expiry (ADR 009), so only they hear of it.
 */
@Component
class CardExpiryReminderJob extends DaysBeforeReminderJob<CardExpiryReminder> {

    private final PaymentReminders payments;
    private final SaasAdmins saasAdmins;

    CardExpiryReminderJob(
            PaymentReminders payments, SaasAdmins saasAdmins, Reminders reminders, ReminderProperties properties) {
        super(reminders, properties.cardExpiryDays());
        this.payments = payments;
        this.saasAdmins = saasAdmins;
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
        return "Tells service admins " + days() + " days before a paying card expires.";
    }

    @Override
    public String defaultCron() {
        return "0 5 6 * * *";
    }

    @Override
    List<CardExpiryReminder> dueIn(int days, LocalDate today) {
        return payments.cardsExpiringIn(days, today);
    }

    @Override
    NotificationRequest reminder(CardExpiryReminder card, int days) {
        String which = card.brand() + " ending " + card.last4();
        return new NotificationRequest(
                NotificationCause.CARD_EXPIRY,
                reminders().orAdmins(saasAdmins.ofServiceUnscoped(card.serviceId())),
                "Card " + which + " for " + card.productLabel() + " expires " + inDays(days),
                "The " + which + " that pays " + card.productLabel() + " is valid until " + card.lastValidDay()
                        + ". Give the vendor a new card before then, and update the payment record.",
                "payments/" + card.billingRecordId(),
                "card-expiry:" + card.billingRecordId() + ":" + card.lastValidDay() + ":" + days);
    }

    @Override
    String items() {
        return "cards";
    }
}
