package io.portalops.notification.reminder;

import io.portalops.inventory.SaasAdmins;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationRequest;
import io.portalops.payment.PaymentReminders;
import io.portalops.payment.RenewalReminder;
import io.portalops.shared.jobs.ScheduledJob;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reminds a service's admins (or the admins, when it has none) that a paid product's cancellation deadline is 60, 30
 * and 7 days away ({@code portalops.reminders.payment-renewal-days}): after the deadline it renews whether wanted or not.
 */
@Component
class PaymentRenewalReminderJob implements ScheduledJob {

    private final PaymentReminders payments;
    private final SaasAdmins saasAdmins;
    private final Reminders reminders;
    private final List<Integer> days;

    PaymentRenewalReminderJob(PaymentReminders payments, SaasAdmins saasAdmins, Reminders reminders,
            @Value("${portalops.reminders.payment-renewal-days:60,30,7}") String days) {
        this.payments = payments;
        this.saasAdmins = saasAdmins;
        this.reminders = reminders;
        this.days = Reminders.days(days);
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
        return "Tells service admins " + days + " days before a renewal's cancellation deadline.";
    }

    @Override
    public String defaultCron() {
        return "0 0 6 * * *";
    }

    @Override
    public String execute(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        int renewals = 0;
        int sent = 0;
        for (int day : days) {
            for (RenewalReminder renewal : payments.cancellationDeadlinesIn(day, today)) {
                renewals++;
                sent += reminders.send(new NotificationRequest(NotificationCause.PAYMENT_RENEWAL,
                        reminders.orAdmins(saasAdmins.ofServiceUnscoped(renewal.serviceId())),
                        renewal.productLabel() + ": cancel by " + renewal.cancellationDeadline() + " (" + inDays(day) + ")",
                        renewal.productLabel() + (renewal.autoRenew() ? " renews automatically on " : " is due for renewal on ")
                                + renewal.nextRenewal() + ". The notice period ends on " + renewal.cancellationDeadline()
                                + ": decide by then whether to keep, change or cancel it.",
                        "payments/" + renewal.billingRecordId(),
                        "payment-renewal:" + renewal.billingRecordId() + ":" + renewal.cancellationDeadline() + ":" + day));
            }
        }
        return "Sent " + sent + " reminders about " + renewals + " renewals";
    }

    static String inDays(int days) {
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }
}
