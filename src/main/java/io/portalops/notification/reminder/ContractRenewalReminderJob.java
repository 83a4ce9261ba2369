package io.portalops.notification.reminder;

import io.portalops.contract.ContractReminders;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationRequest;
import io.portalops.shared.jobs.ScheduledJob;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reminds a contract's owner 60, 30 and 7 days before its cancellation deadline (end date minus notice period;
 * {@code portalops.reminders.contract-renewal-days}), so that renewal or notice is decided in time.
 */
@Component
class ContractRenewalReminderJob implements ScheduledJob {

    private final ContractReminders contracts;
    private final Reminders reminders;
    private final List<Integer> days;

    ContractRenewalReminderJob(ContractReminders contracts, Reminders reminders,
            @Value("${portalops.reminders.contract-renewal-days:60,30,7}") String days) {
        this.contracts = contracts;
        this.reminders = reminders;
        this.days = Reminders.days(days);
    }

    @Override
    public String name() {
        return "contract-renewal-reminders";
    }

    @Override
    public String title() {
        return "Contract renewal reminders";
    }

    @Override
    public String description() {
        return "Tells owners " + days + " days before a contract's cancellation deadline.";
    }

    @Override
    public String defaultCron() {
        return "0 10 6 * * *";
    }

    @Override
    public String execute(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        int contractsDue = 0;
        int sent = 0;
        for (int day : days) {
            for (ContractReminders.NoticeDeadline contract : contracts.noticeDeadlinesOn(today.plusDays(day))) {
                contractsDue++;
                sent += reminders.send(new NotificationRequest(NotificationCause.CONTRACT_RENEWAL, Set.of(contract.ownerId()),
                        "Contract " + contract.number() + ": notice deadline " + PaymentRenewalReminderJob.inDays(day),
                        "\"" + contract.title() + "\" ends on " + contract.endDate()
                                + (contract.autoRenew() ? " and renews automatically" : "") + ". Notice must be given by "
                                + contract.cancellationDeadline() + ": decide whether to renew, renegotiate or end it.",
                        "contracts/" + contract.number(),
                        "contract-renewal:" + contract.contractId() + ":" + contract.cancellationDeadline() + ":" + day));
            }
        }
        return "Sent " + sent + " reminders about " + contractsDue + " contracts";
    }
}
