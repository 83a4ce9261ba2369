package io.portalops.notification.reminder;

import io.portalops.inventory.SaasAdmins;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationRequest;
import io.portalops.payment.PaymentReminders;
import io.portalops.payment.RenewalReminder;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reminds a service's admins (or the admins, when it has none) that a paid product's cancellation deadline is 60, 30
 * and 7 days away ({@code portalops.reminders.payment-renewal-days}): after the deadline it renews whether wanted or not.
 */
@Component
class PaymentRenewalReminderJob extends DaysBeforeReminderJob<RenewalReminder> {

    private final PaymentReminders payments;
    private final SaasAdmins saasAdmins;

    PaymentRenewalReminderJob(
            PaymentReminders payments, SaasAdmins saasAdmins, Reminders reminders, ReminderProperties properties) {
        super(reminders, properties.paymentRenewalDays());
        this.payments = payments;
        this.saasAdmins = saasAdmins;
    }

    @Override
    public String name() {
        return "payment-renewal-reminders";
    }

    @Override
    public String title() {
        return "Payment renewal reminders";
    }

    @Override
    public String description() {
        return "Tells service admins " + days() + " days before a renewal's cancellation deadline.";
    }

    @Override
    public String defaultCron() {
        return "0 0 6 * * *";
    }

    @Override
    List<RenewalReminder> dueIn(int days, LocalDate today) {
        return payments.cancellationDeadlinesIn(days, today);
    }

    @Override
    NotificationRequest reminder(RenewalReminder renewal, int days) {
        return new NotificationRequest(
                NotificationCause.PAYMENT_RENEWAL,
                reminders().orAdmins(saasAdmins.ofServiceUnscoped(renewal.serviceId())),
                renewal.productLabel() + ": cancel by " + renewal.cancellationDeadline() + " (" + inDays(days) + ")",
                renewal.productLabel() + (renewal.autoRenew() ? " renews automatically on " : " is due for renewal on ")
                        + renewal.nextRenewal() + ". The notice period ends on " + renewal.cancellationDeadline()
                        + ": decide by then whether to keep, change or cancel it.",
                "payments/" + renewal.billingRecordId(),
                "payment-renewal:" + renewal.billingRecordId() + ":" + renewal.cancellationDeadline() + ":" + days);
    }

    @Override
    String items() {
        return "renewals";
    }
}
