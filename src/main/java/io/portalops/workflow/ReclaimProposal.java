package io.portalops.workflow;

import io.portalops.shared.Money;

/** A revoke task a reclaim created for one idle grant. */
public record ReclaimProposal(
        long taskId, long runId, long grantId, long personId, String personName, Money monthlySaving) {}
