package io.portalops.notification.reminder;

import io.portalops.contract.ContractReminders;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reminds a contract's owner 60, 30 and 7 days before its cancellation deadline (end date minus notice period;
 * {@code portalops.reminders.contract-renewal-days}), so that renewal or notice is decided in time.
 */
@Component
class ContractRenewalReminderJob extends DaysBeforeReminderJob<ContractReminders.NoticeDeadline> {

    private final ContractReminders contracts;

    ContractRenewalReminderJob(ContractReminders contracts, Reminders reminders, ReminderProperties properties) {
        super(reminders, properties.contractRenewalDays());
        this.contracts = contracts;
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
        return "Tells owners " + days() + " days before a contract's cancellation deadline.";
    }

    @Override
    public String defaultCron() {
        return "0 10 6 * * *";
    }

    @Override
    List<ContractReminders.NoticeDeadline> dueIn(int days, LocalDate today) {
        return contracts.noticeDeadlinesOn(today.plusDays(days));
    }

    @Override
    NotificationRequest reminder(ContractReminders.NoticeDeadline contract, int days) {
        return new NotificationRequest(
                NotificationCause.CONTRACT_RENEWAL,
                Set.of(contract.ownerId()),
                "Contract " + contract.number() + ": notice deadline " + inDays(days),
                "\"" + contract.title() + "\" ends on " + contract.endDate()
                        + (contract.autoRenew() ? " and renews automatically" : "") + ". Notice must be given by "
                        + contract.cancellationDeadline() + ": decide whether to renew, renegotiate or end it.",
                "contracts/" + contract.number(),
                "contract-renewal:" + contract.contractId() + ":" + contract.cancellationDeadline() + ":" + days);
    }

    @Override
    String items() {
        return "contracts";
    }
}
