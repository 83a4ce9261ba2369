package io.portalops.contract.ui;

import io.portalops.contract.ApprovalDecision;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractStatus;
import java.util.Locale;

/**
 * What a toast says after an action: what happened and what comes next, read from the contract as it is afterwards.
 * "Approved · … is now pending approval" after the first of two approvals read as if nothing had happened.
 */
final class ActionToasts {

    private ActionToasts() {}

    static String approved(ContractDetails after) {
        int required = Math.max(1, after.requiredApprovals());
        int round = after.approvals().stream()
                .mapToInt(ContractDetails.ApprovalStep::round)
                .max()
                .orElse(0);
        long level = after.approvals().stream()
                .filter(s -> s.round() == round && s.decision() == ApprovalDecision.APPROVED)
                .count();
        if (after.status() == ContractStatus.PENDING_APPROVAL) {
            return "Approved (level " + level + " of " + required + ") · waiting for " + nextApprover(level);
        }
        String levels = required > 1 ? " (level " + required + " of " + required + ")" : "";
        return "Approved" + levels + " · " + after.number() + " is " + status(after);
    }

    static String rejected(ContractDetails after) {
        return "Rejected · " + after.number() + " goes back to " + after.ownerName() + " to revise";
    }

    static String terminated(ContractDetails after) {
        return "Terminated · " + after.number() + " has ended";
    }

    static String flagged(ContractDetails after) {
        String severity = after.flags().stream()
                .filter(ContractDetails.Flag::open)
                .max(java.util.Comparator.comparing(ContractDetails.Flag::raisedAt))
                .map(f -> " (" + f.severity().name().toLowerCase(Locale.ROOT) + ")")
                .orElse("");
        return "Flagged" + severity + " · " + after.number() + " is marked for attention in every list";
    }

    static String unflagged(ContractDetails after) {
        return "Flag cleared · " + after.number() + " has no open flags";
    }

    private static String nextApprover(long approvedSoFar) {
        return switch ((int) approvedSoFar) {
            case 0 -> "a first approver";
            case 1 -> "a second approver";
            case 2 -> "a third approver";
            default -> "another approver";
        };
    }

    private static String status(ContractDetails after) {
        return after.status().label().toLowerCase(Locale.ROOT);
    }
}
