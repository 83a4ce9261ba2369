package io.portalops.notification.reminder;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reminders before deadlines, and the escalation of waiting approvals.
 *
 * @param contractRenewalDays       days before a contract's renewal or notice date on which its owner is reminded
 * @param paymentRenewalDays        days before a paid product renews on which its admins are reminded
 * @param cardExpiryDays            days before a paying card expires on which the service's admins are reminded
 * @param taskDueDays               open workflow tasks due within this many days are in the daily task reminder
 * @param approvalEscalation        a contract waiting this long for approval is escalated to the approvers
 * @param approvalEscalationToAdmin a contract waiting this long for approval is escalated to the admins too
 */
@Validated
@ConfigurationProperties("portalops.reminders")
record ReminderProperties(
        @DefaultValue({"60", "30", "7"}) @NotEmpty List<@NotNull @PositiveOrZero Integer> contractRenewalDays,
        @DefaultValue({"60", "30", "7"}) @NotEmpty List<@NotNull @PositiveOrZero Integer> paymentRenewalDays,
        @DefaultValue({"30", "7"}) @NotEmpty List<@NotNull @PositiveOrZero Integer> cardExpiryDays,
        @DefaultValue("3") @PositiveOrZero int taskDueDays,
        @DefaultValue("P3D") Duration approvalEscalation,
        @DefaultValue("P6D") Duration approvalEscalationToAdmin) {

    ReminderProperties {
        if (approvalEscalationToAdmin.compareTo(approvalEscalation) < 0) {
            throw new IllegalArgumentException(
                    "portalops.reminders.approval-escalation-to-admin must not be shorter than approval-escalation");
        }
    }
}
