package io.portalops.notification.reminder;

import io.portalops.contract.ContractLookups;
import io.portalops.contract.ContractReminders;
import io.portalops.jobs.ScheduledJob;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Escalates contracts that wait too long for approval: after {@code portalops.reminders.approval-escalation}
 * (3 days) the approvers who could decide are reminded; after {@code approval-escalation-to-admin} (6 days) the admins
 * hear of it too. Each level is sent once per approval round (a resubmitted contract starts again).
 */
@Component
class ApprovalEscalationJob implements ScheduledJob {

    private final ContractReminders contracts;
    private final ContractLookups contractService;
    private final Reminders reminders;
    private final Duration toApprovers;
    private final Duration toAdmins;

    ApprovalEscalationJob(
            ContractReminders contracts,
            ContractLookups contractService,
            Reminders reminders,
            ReminderProperties properties) {
        this.contracts = contracts;
        this.contractService = contractService;
        this.reminders = reminders;
        this.toApprovers = properties.approvalEscalation();
        this.toAdmins = properties.approvalEscalationToAdmin();
    }

    @Override
    public String name() {
        return "approval-escalation";
    }

    @Override
    public String title() {
        return "Approval escalation";
    }

    @Override
    public String description() {
        return "Reminds approvers of contracts pending over " + toApprovers.toDays() + " days, and admins after "
                + toAdmins.toDays() + " days.";
    }

    @Override
    public String defaultCron() {
        return "0 0 8 * * *";
    }

    @Override
    public String execute(Clock clock) {
        Instant now = clock.instant();
        int sent = 0;
        int waiting = 0;
        for (ContractReminders.PendingApproval pending : contracts.pendingSubmittedBefore(now.minus(toApprovers))) {
            waiting++;
            long days = Duration.between(pending.submittedAt(), now).toDays();
            String round = pending.contractId() + ":" + pending.submittedAt().getEpochSecond();
            Set<Long> approvers = new HashSet<>(contractService.eligibleApprovers(pending.contractId()));
            sent += reminders.send(request(
                    pending,
                    reminders.orAdmins(approvers),
                    days,
                    "approvers",
                    round,
                    "\"" + pending.title() + "\" has waited " + days + " days for your approval."));
            if (pending.submittedAt().isBefore(now.minus(toAdmins))) {
                sent += reminders.send(request(
                        pending,
                        reminders.admins(),
                        days,
                        "admins",
                        round,
                        "\"" + pending.title() + "\" has waited " + days + " days for approval"
                                + (approvers.isEmpty()
                                        ? ", and no approver's limit covers it."
                                        : ", and its approvers have been reminded.")));
            }
        }
        return "Sent " + sent + " reminders about " + waiting + " waiting contracts";
    }

    private static NotificationRequest request(
            ContractReminders.PendingApproval pending,
            Set<Long> to,
            long days,
            String level,
            String round,
            String body) {
        return new NotificationRequest(
                NotificationCause.APPROVAL_ESCALATION,
                to,
                "Contract " + pending.number() + " waits for approval (" + days + " days)",
                body,
                "contracts/" + pending.number(),
                "approval-escalation:" + round + ":" + level);
    }
}
