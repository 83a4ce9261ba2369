package io.portalops.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Access reviews ({@code portalops.review.*}).
 *
 * @param idleDays a grant unused for this many days is suggested for revoke
 * @param reminderDays reviewers with undecided items are reminded daily from this many days before the due date
 * @param revokeTaskDays a revoke decision's task is due this many days after the decision
 * @param escalationIntervalDays an overdue campaign is escalated again every this many days
 */
@Validated
@ConfigurationProperties("portalops.review")
record ReviewProperties(
        @DefaultValue("90") @Min(1) @Max(3650) int idleDays,
        @DefaultValue("3") @Min(0) @Max(60) int reminderDays,
        @DefaultValue("7") @Min(0) @Max(365) int revokeTaskDays,
        @DefaultValue("7") @Min(1) @Max(90) int escalationIntervalDays) {}
