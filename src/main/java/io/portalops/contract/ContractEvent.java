package io.portalops.contract;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every contract action, published for other modules: notifications (#6) and the audit log (#7) listen.
 * {@code actorId} is the account that acted, or null for a scheduled job.
 */
public sealed interface ContractEvent {

    long contractId();

    String contractNumber();

    @Nullable
    Long actorId();

    record Submitted(
            long contractId,
            String contractNumber,
            @Nullable Long actorId,
            int requiredApprovals) implements ContractEvent {}

    record Approved(
            long contractId,
            String contractNumber,
            @Nullable Long actorId,
            int level,
            boolean finalApproval) implements ContractEvent {}

    record Rejected(
            long contractId,
            String contractNumber,
            @Nullable Long actorId,
            String reason) implements ContractEvent {}

    record Revised(
            long contractId,
            String contractNumber,
            @Nullable Long actorId) implements ContractEvent {}

    record Flagged(
            long contractId,
            String contractNumber,
            @Nullable Long actorId,
            FlagSeverity severity,
            String reason) implements ContractEvent {}

    record Unflagged(
            long contractId,
            String contractNumber,
            @Nullable Long actorId,
            String reason) implements ContractEvent {}

    record Noted(
            long contractId,
            String contractNumber,
            @Nullable Long actorId,
            long commentId,
            Set<Long> mentionedAccountIds)
            implements ContractEvent {}

    record Activated(
            long contractId,
            String contractNumber,
            @Nullable Long actorId) implements ContractEvent {}

    record Expired(
            long contractId,
            String contractNumber,
            @Nullable Long actorId) implements ContractEvent {}

    record Terminated(
            long contractId,
            String contractNumber,
            @Nullable Long actorId,
            String reason) implements ContractEvent {}
}
