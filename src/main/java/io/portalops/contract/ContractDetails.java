package io.portalops.contract;

import io.portalops.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A contract with everything its drill-down shows, and what the caller may do with it now.
 */
public record ContractDetails(
        long id,
        String number,
        String title,
        ContractType type,
        long customerId,
        String customerName,
        Money value,
        LocalDate startDate,
        LocalDate endDate,
        boolean autoRenew,
        int noticePeriodDays,
        LocalDate cancellationDeadline,
        ContractStatus status,
        long ownerId,
        String ownerName,
        @Nullable String submittedByName,
        @Nullable Instant submittedAt,
        int requiredApprovals,
        boolean flagged,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<ApprovalStep> approvals,
        List<Comment> comments,
        List<Flag> flags,
        Set<AvailableAction> availableActions) {

    public record ApprovalStep(
            int round,
            int level,
            String approverName,
            ApprovalDecision decision,
            @Nullable String comment,
            Instant decidedAt) {}

    public record Comment(
            long id,
            String authorName,
            String body,
            List<String> mentionedUsernames,
            Instant createdAt,
            @Nullable Instant editedAt,
            boolean editable) {}

    public record Flag(
            long id,
            FlagSeverity severity,
            String reason,
            String raisedByName,
            Instant raisedAt,
            @Nullable String clearedByName,
            @Nullable Instant clearedAt,
            @Nullable String clearReason) {
        public boolean open() {
            return clearedAt == null;
        }
    }

    /** What the UI shows as buttons and the API accepts; computed by the same rules the actions check. */
    public enum AvailableAction {
        EDIT,
        SUBMIT,
        APPROVE,
        REJECT,
        REVISE,
        ACTIVATE,
        TERMINATE,
        FLAG,
        UNFLAG,
        NOTE
    }
}
