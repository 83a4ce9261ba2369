package io.portalops.contract;

import org.jspecify.annotations.Nullable;

/**
 * Who a contract concerns, for modules that react to {@link ContractEvent}s (notifications): its owner and submitter,
 * the current approval round and the newest open flag, so that a reaction can tell one round or flag from the next.
 */
public record ContractParties(
        long contractId,
        String number,
        String title,
        long ownerId,
        @Nullable Long submittedBy,
        int approvalRound,
        @Nullable Long newestOpenFlagId) {}
